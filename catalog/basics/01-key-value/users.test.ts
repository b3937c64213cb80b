import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { expect, it } from "vitest";
import { forEachBackend } from "../../../src/catalog/testing/backends.js";
import { storedItem } from "../../../src/modeling/stored-items.js";
import { entry } from "./entry.js";
import {
  addTags,
  createUser,
  deleteUser,
  getUser,
  InsufficientCreditsError,
  recordLogin,
  removeTags,
  spendCredits,
  updateAddress,
  updateContact,
  UserNotFoundError,
  type User,
} from "./users.js";

const userEntity = entry.model.entities.find((entity) => entity.name === "User")!;
const [ada, grace] = userEntity.examples.map(
  (example) => storedItem(userEntity, example) as unknown as User,
) as [User, User];

const linus: User = {
  userId: "u-linus",
  email: "linus@example.com",
  displayName: "Linus",
  plan: "free",
  credits: 0,
  loginCount: 0,
  createdAt: "2026-03-02T12:00:00Z",
};

forEachBackend(entry.model, (backend) => {
  const users = () => backend.tableName("Users");
  const read = async (userId: string) =>
    (
      await backend.documentClient.send(
        new GetCommand({ TableName: users(), Key: { userId }, ConsistentRead: true }),
      )
    ).Item;

  it("creates a user whose id is free", async () => {
    expect(await createUser(backend.documentClient, users(), linus)).toEqual({ created: true });
    expect(await read("u-linus")).toEqual(linus);
  });

  it("refuses to overwrite an existing user and hands back the profile that blocked it", async () => {
    const impostor = { ...linus, userId: "u-ada" };
    expect(await createUser(backend.documentClient, users(), impostor)).toEqual({
      created: false,
      existing: ada,
    });
    expect(await read("u-ada")).toEqual(ada);
  });

  it("gets a user by id, eventually or strongly consistent, and nothing for an unknown id", async () => {
    expect(await getUser(backend.documentClient, users(), "u-grace")).toEqual(grace);
    expect(await getUser(backend.documentClient, users(), "u-ada", { consistent: true })).toEqual(ada);
    expect(await getUser(backend.documentClient, users(), "u-nobody")).toBeUndefined();
  });

  it("counts logins atomically and returns only the two updated attributes", async () => {
    const logins = await Promise.all(
      ["2026-03-03T08:00:00Z", "2026-03-03T08:00:01Z", "2026-03-03T08:00:02Z"].map((at) =>
        recordLogin(backend.documentClient, users(), "u-grace", at),
      ),
    );
    expect(logins.map((login) => login.loginCount).sort()).toEqual([4, 5, 6]);
    expect(Object.keys(logins[0]!).sort()).toEqual(["lastLoginAt", "loginCount"]);
    expect((await read("u-grace"))!.loginCount).toBe(6);
  });

  it("does not create a profile when counting a login for an unknown user", async () => {
    await expect(
      recordLogin(backend.documentClient, users(), "u-nobody", "2026-03-03T08:00:00Z"),
    ).rejects.toThrow(UserNotFoundError);
    expect(await read("u-nobody")).toBeUndefined();
  });

  it("spends credits down to zero and refuses to go below", async () => {
    expect(await spendCredits(backend.documentClient, users(), "u-grace", 3)).toBe(2);
    expect(await spendCredits(backend.documentClient, users(), "u-grace", 2)).toBe(0);
    await expect(spendCredits(backend.documentClient, users(), "u-grace", 1)).rejects.toThrow(
      InsufficientCreditsError,
    );
    expect((await read("u-grace"))!.credits).toBe(0);
  });

  it("refuses to spend credits of an unknown user without creating it", async () => {
    await expect(spendCredits(backend.documentClient, users(), "u-nobody", 1)).rejects.toThrow(
      InsufficientCreditsError,
    );
    expect(await read("u-nobody")).toBeUndefined();
  });

  it("changes nested address fields, keeps the others, and returns the old values", async () => {
    const previous = await updateAddress(backend.documentClient, users(), "u-ada", {
      city: "Cambridge",
      postcode: "CB2 1TN",
    });
    expect(previous).toEqual({ city: "London", postcode: "N1 9GU" });
    expect((await read("u-ada"))!.address).toEqual({
      street: "12 Analytical Row",
      city: "Cambridge",
      postcode: "CB2 1TN",
      country: "GB",
    });
  });

  it("refuses a nested address change for a user without an address", async () => {
    await expect(
      updateAddress(backend.documentClient, users(), "u-grace", { city: "Paris", postcode: "75001" }),
    ).rejects.toThrow(UserNotFoundError);
    expect(await read("u-grace")).toEqual(grace);
  });

  it("patches contact fields: sets the given ones, removes the null ones, returns the whole new item", async () => {
    const updated = await updateContact(backend.documentClient, users(), "u-ada", {
      email: "ada@lovelace.example",
      phone: null,
    });
    const { phone: _removed, ...rest } = ada;
    expect(updated).toEqual({ ...rest, email: "ada@lovelace.example" });
    expect(await read("u-ada")).toEqual(updated);
  });

  it("refuses to patch an unknown user", async () => {
    await expect(
      updateContact(backend.documentClient, users(), "u-nobody", { displayName: "X" }),
    ).rejects.toThrow(UserNotFoundError);
    expect(await read("u-nobody")).toBeUndefined();
  });

  it("adds tags to a set, creating it, ignoring duplicates", async () => {
    expect(await addTags(backend.documentClient, users(), "u-grace", ["trial", "mobile"])).toEqual(
      new Set(["trial", "mobile"]),
    );
    expect(await addTags(backend.documentClient, users(), "u-grace", ["mobile", "newsletter"])).toEqual(
      new Set(["trial", "mobile", "newsletter"]),
    );
  });

  it("removes tags; removing the last one removes the attribute", async () => {
    expect(await removeTags(backend.documentClient, users(), "u-ada", ["beta", "unknown"])).toEqual(
      new Set(["early-adopter"]),
    );
    expect(await removeTags(backend.documentClient, users(), "u-ada", ["early-adopter"])).toEqual(new Set());
    expect(await read("u-ada")).not.toHaveProperty("tags");
  });

  it("deletes a user, returns the deleted item, and returns nothing the second time", async () => {
    expect(await deleteUser(backend.documentClient, users(), "u-grace")).toEqual(grace);
    expect(await read("u-grace")).toBeUndefined();
    expect(await deleteUser(backend.documentClient, users(), "u-grace")).toBeUndefined();
  });

  it("stores the examples exactly as the model declares them", async () => {
    expect(await read("u-ada")).toEqual(ada);
    expect(await read("u-grace")).toEqual(grace);
  });
});
