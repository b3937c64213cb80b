import { expect, it } from "vitest";
import { forEachBackend } from "../../../src/catalog/testing/backends.js";
import { InvalidCursorError } from "./cursor.js";
import { entry } from "./entry.js";
import {
  countReadingsOnDay,
  getReadingAt,
  hotReadings,
  latestReadings,
  listReadingsPage,
  readingInEffectAt,
  readingsAfter,
  readingsBefore,
  readingsBetween,
  readingsOnDay,
  readingsSince,
  temperatureSeries,
  type Reading,
} from "./readings.js";

const examples = entry.model.entities.find((entity) => entity.name === "Reading")!
  .examples as unknown as Reading[];
const kitchen = examples.filter((reading) => reading.deviceId === "thermo-kitchen");
const garage = examples.filter((reading) => reading.deviceId === "thermo-garage");
/** The kitchen readings' times, "06" for 2026-03-01T06:00:00Z, "2/06" for 2026-03-02T06:00:00Z. */
const times = (readings: { recordedAt: string }[]) =>
  readings.map(
    ({ recordedAt }) => (recordedAt.startsWith("2026-03-01") ? "" : "2/") + recordedAt.slice(11, 13),
  );
const secret = "test-cursor-secret";

forEachBackend(entry.model, (backend) => {
  const db = () => backend.documentClient;
  const table = () => backend.tableName("DeviceReadings");

  it("= finds the reading at an exact moment, and nothing a second off", async () => {
    expect(await getReadingAt(db(), table(), "thermo-kitchen", "2026-03-01T12:00:00Z")).toEqual(kitchen[2]);
    expect(await getReadingAt(db(), table(), "thermo-kitchen", "2026-03-01T12:00:01Z")).toBeUndefined();
  });

  it("< returns the readings just before a moment, newest first, at most N", async () => {
    const before = await readingsBefore(db(), table(), "thermo-kitchen", "2026-03-01T15:00:00Z", 2);
    expect(before).toEqual([kitchen[2], kitchen[1]]);
    expect(times(await readingsBefore(db(), table(), "thermo-kitchen", "2026-03-01T09:00:00Z", 5))).toEqual([
      "06",
    ]);
  });

  it("<= with Limit 1 finds the reading in effect at a moment, including one taken exactly then", async () => {
    expect(await readingInEffectAt(db(), table(), "thermo-kitchen", "2026-03-01T13:30:00Z")).toEqual(
      kitchen[2],
    );
    expect(await readingInEffectAt(db(), table(), "thermo-kitchen", "2026-03-01T15:00:00Z")).toEqual(
      kitchen[3],
    );
    expect(await readingInEffectAt(db(), table(), "thermo-kitchen", "2026-02-28T23:59:59Z")).toBeUndefined();
  });

  it("> returns only readings strictly newer, oldest first", async () => {
    const after = await readingsAfter(db(), table(), "thermo-kitchen", "2026-03-02T06:00:00Z");
    expect(after).toEqual(kitchen.slice(7));
  });

  it(">= includes a reading taken exactly at the bound", async () => {
    expect(times(await readingsSince(db(), table(), "thermo-kitchen", "2026-03-02T09:00:00Z"))).toEqual([
      "2/09",
      "2/12",
      "2/15",
    ]);
  });

  it("BETWEEN includes both ends", async () => {
    const window = await readingsBetween(
      db(),
      table(),
      "thermo-kitchen",
      "2026-03-01T18:00:00Z",
      "2026-03-02T09:00:00Z",
    );
    expect(window).toEqual(kitchen.slice(4, 8));
  });

  it("begins_with returns one day of one device, in either direction", async () => {
    expect(await readingsOnDay(db(), table(), "thermo-garage", "2026-03-01")).toEqual(garage);
    expect(await readingsOnDay(db(), table(), "thermo-kitchen", "2026-03-02", { newestFirst: true })).toEqual(
      kitchen.slice(6).reverse(),
    );
    expect(await readingsOnDay(db(), table(), "thermo-garage", "2026-03-02")).toEqual([]);
  });

  it("returns the newest N readings", async () => {
    expect(await latestReadings(db(), table(), "thermo-kitchen", 3)).toEqual(kitchen.slice(7).reverse());
  });

  it("pages through a device's history with cursors, newest first, ending with an empty page", async () => {
    const seen: Reading[][] = [];
    let cursor: string | undefined;
    do {
      const page = await listReadingsPage(db(), table(), {
        deviceId: "thermo-kitchen",
        pageSize: 5,
        cursor,
        cursorSecret: secret,
      });
      seen.push(page.readings);
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    // The second page ends exactly on the last reading: DynamoDB cannot know there is nothing
    // after it, so it returns a LastEvaluatedKey, and the third page is empty.
    expect(seen.map((page) => page.length)).toEqual([5, 5, 0]);
    expect(seen.flat()).toEqual([...kitchen].reverse());
  });

  it("ends without a cursor when a page stops short of its size", async () => {
    const first = await listReadingsPage(db(), table(), {
      deviceId: "thermo-garage",
      pageSize: 2,
      cursorSecret: secret,
    });
    expect(times(first.readings)).toEqual(["18", "12"]);
    const second = await listReadingsPage(db(), table(), {
      deviceId: "thermo-garage",
      pageSize: 2,
      cursor: first.nextCursor,
      cursorSecret: secret,
    });
    expect(second).toEqual({ readings: [garage[0]] });
  });

  it("refuses a cursor issued for another device", async () => {
    const { nextCursor } = await listReadingsPage(db(), table(), {
      deviceId: "thermo-garage",
      pageSize: 1,
      cursorSecret: secret,
    });
    await expect(
      listReadingsPage(db(), table(), {
        deviceId: "thermo-kitchen",
        pageSize: 1,
        cursor: nextCursor,
        cursorSecret: secret,
      }),
    ).rejects.toThrow(new InvalidCursorError("PK does not match the request"));
  });

  it("filters after reading: the day's readings are all read and billed, the hot ones returned", async () => {
    const hot = await hotReadings(db(), table(), "thermo-kitchen", "2026-03-01", 25);
    const everything = await hotReadings(db(), table(), "thermo-kitchen", "2026-03-01", -100);
    expect(hot.readings).toEqual([kitchen[2], kitchen[3]]);
    expect(hot).toMatchObject({ scannedCount: 6, count: 2, capacityUnits: 0.5 });
    expect(everything).toMatchObject({ scannedCount: 6, count: 6, capacityUnits: hot.capacityUnits });
  });

  it("projects only the attributes asked for", async () => {
    expect(await temperatureSeries(db(), table(), "thermo-kitchen", "2026-03-02")).toEqual([
      { recordedAt: "2026-03-02T06:00:00Z", temperature: 17.9 },
      { recordedAt: "2026-03-02T09:00:00Z", temperature: 20.6 },
      { recordedAt: "2026-03-02T12:00:00Z", temperature: 25.9 },
      { recordedAt: "2026-03-02T15:00:00Z", temperature: 23.4 },
    ]);
  });

  it("counts a day's readings without returning them", async () => {
    expect(await countReadingsOnDay(db(), table(), "thermo-kitchen", "2026-03-01")).toBe(6);
    expect(await countReadingsOnDay(db(), table(), "thermo-garage", "2026-03-01")).toBe(3);
    expect(await countReadingsOnDay(db(), table(), "thermo-garage", "2026-03-05")).toBe(0);
  });
});
