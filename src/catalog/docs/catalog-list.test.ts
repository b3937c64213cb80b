import { describe, expect, it } from "vitest";
import { sampleEntry } from "../testing/sample-entry.js";
import { LIST_END, LIST_START, renderCatalogList, replaceCatalogList } from "./catalog-list.js";

describe("renderCatalogList", () => {
  it("writes one line per entry under its section", () => {
    const second = { ...sampleEntry, id: "02-more", title: "More", summary: "Second." };
    const later = { ...sampleEntry, section: "advanced", id: "01-x", title: "X", summary: "Later." };
    expect(renderCatalogList([sampleEntry, second, later])).toBe(
      [
        "### Basics",
        "",
        "- [Sample orders](catalog/basics/01-sample/): Customers and their orders in one table.",
        "- [More](catalog/basics/02-more/): Second.",
        "",
        "### advanced",
        "",
        "- [X](catalog/advanced/01-x/): Later.",
      ].join("\n"),
    );
    expect(renderCatalogList([])).toBe("No entries yet.");
  });
});

describe("replaceCatalogList", () => {
  it("replaces only what lies between the markers", () => {
    const document = `intro\n${LIST_START}\nold\n${LIST_END}\noutro\n`;
    expect(replaceCatalogList(document, "new")).toBe(`intro\n${LIST_START}\n\nnew\n\n${LIST_END}\noutro\n`);
  });

  it("refuses a README without the markers", () => {
    expect(() => replaceCatalogList("no markers", "x")).toThrow(
      `README.md needs the lines '${LIST_START}' and '${LIST_END}' around the catalog list`,
    );
  });
});
