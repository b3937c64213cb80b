import { expect, it } from "vitest";
import { forEachBackend } from "../../../src/catalog/testing/backends.js";
import { storedItem } from "../../../src/modeling/stored-items.js";
import { entry } from "./entry.js";
import { getSettings, listSettings, saveSetting, type UserSettings } from "./user-settings.js";

const settingsEntity = entry.model.entities.find((entity) => entity.name === "UserSettings")!;
const [adaDisplay, adaNotifications, gracePrivacy] = settingsEntity.examples.map(
  (example) => storedItem(settingsEntity, example) as unknown as UserSettings,
) as [UserSettings, UserSettings, UserSettings];

forEachBackend(entry.model, (backend) => {
  const table = () => backend.tableName("UserSettings");

  it("gets one settings group by its full composite key", async () => {
    expect(await getSettings(backend.documentClient, table(), "u-ada", "notifications")).toEqual(
      adaNotifications,
    );
    expect(await getSettings(backend.documentClient, table(), "u-ada", "privacy")).toBeUndefined();
  });

  it("lists all groups of one user, sorted by group, and none of another user's", async () => {
    expect(await listSettings(backend.documentClient, table(), "u-ada")).toEqual([
      adaDisplay,
      adaNotifications,
    ]);
    expect(await listSettings(backend.documentClient, table(), "u-grace")).toEqual([gracePrivacy]);
    expect(await listSettings(backend.documentClient, table(), "u-nobody")).toEqual([]);
  });

  it("changes one setting inside an existing group and keeps the others", async () => {
    await saveSetting(backend.documentClient, table(), {
      userId: "u-ada",
      group: "notifications",
      name: "push",
      value: true,
      at: "2026-03-04T10:00:00Z",
    });
    expect(await getSettings(backend.documentClient, table(), "u-ada", "notifications")).toEqual({
      userId: "u-ada",
      group: "notifications",
      values: { email: true, push: true, digest: "weekly" },
      updatedAt: "2026-03-04T10:00:00Z",
    });
  });

  it("creates a group on its first setting, then adds to it", async () => {
    const change = { userId: "u-grace", group: "display", at: "2026-03-04T11:00:00Z" };
    await saveSetting(backend.documentClient, table(), { ...change, name: "theme", value: "light" });
    await saveSetting(backend.documentClient, table(), { ...change, name: "font-scale", value: 1.5 });
    expect(await getSettings(backend.documentClient, table(), "u-grace", "display")).toEqual({
      userId: "u-grace",
      group: "display",
      values: { theme: "light", "font-scale": 1.5 },
      updatedAt: "2026-03-04T11:00:00Z",
    });
  });

  it("keeps both settings when two writers create the same group at once", async () => {
    const change = { userId: "u-grace", group: "notifications", at: "2026-03-04T12:00:00Z" };
    await Promise.all([
      saveSetting(backend.documentClient, table(), { ...change, name: "email", value: false }),
      saveSetting(backend.documentClient, table(), { ...change, name: "sms", value: true }),
    ]);
    expect((await getSettings(backend.documentClient, table(), "u-grace", "notifications"))!.values).toEqual({
      email: false,
      sms: true,
    });
  });
});
