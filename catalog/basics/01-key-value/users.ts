import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from "@aws-sdk/lib-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";

/** A user profile, stored in a table whose simple primary key is `userId`. */
export interface User {
  userId: string;
  email: string;
  displayName: string;
  plan: "free" | "pro";
  credits: number;
  loginCount: number;
  createdAt: string;
  lastLoginAt?: string;
  phone?: string;
  address?: { street: string; city: string; postcode: string; country: string };
  /** A DynamoDB string set: unordered, no duplicates, never empty (an empty set is removed). */
  tags?: Set<string>;
}

/** The update found no user to change (UpdateItem would otherwise have created one). */
export class UserNotFoundError extends Error {
  constructor(readonly userId: string) {
    super(`No user ${userId}`);
    this.name = "UserNotFoundError";
  }
}

export class InsufficientCreditsError extends Error {
  constructor(
    readonly userId: string,
    readonly requested: number,
  ) {
    super(`User ${userId} has fewer than ${requested} credits`);
    this.name = "InsufficientCreditsError";
  }
}

// #region createUser
export type CreateUserResult = { created: true } | { created: false; existing: User };

/**
 * Registers a user only if the id is free. Without the condition PutItem would silently replace
 * the existing profile. On a conflict DynamoDB hands back the item that blocked the write
 * (ReturnValuesOnConditionCheckFailure), so no second read is needed to report it.
 */
export async function createUser(
  db: DynamoDBDocumentClient,
  tableName: string,
  user: User,
): Promise<CreateUserResult> {
  try {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: user,
        ConditionExpression: "attribute_not_exists(userId)",
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      }),
    );
    return { created: true };
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) {
      // The exception carries the raw wire-format item; the document client does not convert it.
      return { created: false, existing: unmarshallUser(error.Item) };
    }
    throw error;
  }
}
// #endregion createUser

// #region getUser
/** Reads one profile by its key. A strongly consistent read costs twice as much: use it only when stale data is wrong. */
export async function getUser(
  db: DynamoDBDocumentClient,
  tableName: string,
  userId: string,
  options: { consistent?: boolean } = {},
): Promise<User | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: { userId }, ConsistentRead: options.consistent ?? false }),
  );
  return Item as User | undefined;
}
// #endregion getUser

// #region recordLogin
/**
 * An atomic counter: ADD increments on the server, so two concurrent logins both count (a
 * read-modify-write in the application would lose one). UPDATED_NEW returns just the two changed
 * attributes, not the whole profile.
 */
export async function recordLogin(
  db: DynamoDBDocumentClient,
  tableName: string,
  userId: string,
  at: string,
): Promise<{ loginCount: number; lastLoginAt: string }> {
  try {
    const { Attributes } = await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { userId },
        UpdateExpression: "ADD loginCount :one SET lastLoginAt = :at",
        ConditionExpression: "attribute_exists(userId)",
        ExpressionAttributeValues: { ":one": 1, ":at": at },
        ReturnValues: "UPDATED_NEW",
      }),
    );
    return Attributes as { loginCount: number; lastLoginAt: string };
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new UserNotFoundError(userId);
    throw error;
  }
}
// #endregion recordLogin

// #region spendCredits
/**
 * A guarded counter: the subtraction and the balance check happen in one request, so the balance
 * can never go negative, however many requests race.
 */
export async function spendCredits(
  db: DynamoDBDocumentClient,
  tableName: string,
  userId: string,
  amount: number,
): Promise<number> {
  try {
    const { Attributes } = await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { userId },
        UpdateExpression: "SET credits = credits - :amount",
        ConditionExpression: "credits >= :amount",
        ExpressionAttributeValues: { ":amount": amount },
        ReturnValues: "UPDATED_NEW",
      }),
    );
    return (Attributes as { credits: number }).credits;
  } catch (error) {
    // A missing user also fails the condition: comparing an absent attribute is false.
    if (error instanceof ConditionalCheckFailedException) throw new InsufficientCreditsError(userId, amount);
    throw error;
  }
}
// #endregion spendCredits

// #region updateAddress
/**
 * Changes fields inside the nested `address` map without rewriting the rest of it. A nested SET
 * needs the parent map to exist (otherwise DynamoDB rejects the document path), hence the
 * condition. UPDATED_OLD returns the previous values of just those fields, for an audit trail.
 */
export async function updateAddress(
  db: DynamoDBDocumentClient,
  tableName: string,
  userId: string,
  change: { city: string; postcode: string },
): Promise<{ city?: string; postcode?: string }> {
  try {
    const { Attributes } = await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { userId },
        UpdateExpression: "SET address.city = :city, address.postcode = :postcode",
        ConditionExpression: "attribute_type(address, :map)",
        ExpressionAttributeValues: { ":city": change.city, ":postcode": change.postcode, ":map": "M" },
        ReturnValues: "UPDATED_OLD",
      }),
    );
    // DynamoDB returns only the updated fragment, { address: { city, postcode } }; DynamoDB Local
    // returns the whole address map. Picking the two fields reads both the same way.
    const old = (Attributes?.address ?? {}) as { city?: string; postcode?: string };
    return { city: old.city, postcode: old.postcode };
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new UserNotFoundError(userId);
    throw error;
  }
}
// #endregion updateAddress

// #region updateContact
/**
 * PATCH semantics: a given value is SET, `null` REMOVEs the attribute, an omitted field is left
 * alone. The expression is built from the change, with placeholders for every name and value.
 */
export async function updateContact(
  db: DynamoDBDocumentClient,
  tableName: string,
  userId: string,
  change: { email?: string; phone?: string | null; displayName?: string },
): Promise<User> {
  const set: string[] = [];
  const remove: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(change)) {
    if (value === undefined) continue;
    names[`#${field}`] = field;
    if (value === null) remove.push(`#${field}`);
    else {
      set.push(`#${field} = :${field}`);
      values[`:${field}`] = value;
    }
  }
  if (set.length === 0 && remove.length === 0) throw new Error("Nothing to change");
  const clauses = [
    set.length ? `SET ${set.join(", ")}` : "",
    remove.length ? `REMOVE ${remove.join(", ")}` : "",
  ];
  names["#userId"] = "userId";
  try {
    const { Attributes } = await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { userId },
        UpdateExpression: clauses.filter(Boolean).join(" "),
        ConditionExpression: "attribute_exists(#userId)",
        ExpressionAttributeNames: names,
        ...(set.length ? { ExpressionAttributeValues: values } : {}),
        ReturnValues: "ALL_NEW",
      }),
    );
    return Attributes as User;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new UserNotFoundError(userId);
    throw error;
  }
}
// #endregion updateContact

// #region tags
/** ADD merges into a string set (creating it if absent); duplicates are ignored by the set. */
export async function addTags(
  db: DynamoDBDocumentClient,
  tableName: string,
  userId: string,
  tags: string[],
): Promise<Set<string>> {
  return changeTags(db, tableName, userId, "ADD", tags);
}

/** DELETE takes elements out of a set; removing the last one removes the attribute itself. */
export async function removeTags(
  db: DynamoDBDocumentClient,
  tableName: string,
  userId: string,
  tags: string[],
): Promise<Set<string>> {
  return changeTags(db, tableName, userId, "DELETE", tags);
}

async function changeTags(
  db: DynamoDBDocumentClient,
  tableName: string,
  userId: string,
  action: "ADD" | "DELETE",
  tags: string[],
): Promise<Set<string>> {
  try {
    const { Attributes } = await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { userId },
        UpdateExpression: `${action} tags :tags`,
        ConditionExpression: "attribute_exists(userId)",
        ExpressionAttributeValues: { ":tags": new Set(tags) },
        ReturnValues: "UPDATED_NEW",
      }),
    );
    // No Attributes at all when DELETE emptied the set: the attribute is gone.
    return (Attributes?.tags as Set<string> | undefined) ?? new Set();
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new UserNotFoundError(userId);
    throw error;
  }
}
// #endregion tags

// #region deleteUser
/**
 * Deletes a profile and returns what was deleted (ALL_OLD), e.g. to publish a "user deleted"
 * event. Deleting an absent key is not an error, so retries are safe; the result is then undefined.
 */
export async function deleteUser(
  db: DynamoDBDocumentClient,
  tableName: string,
  userId: string,
): Promise<User | undefined> {
  const { Attributes } = await db.send(
    new DeleteCommand({ TableName: tableName, Key: { userId }, ReturnValues: "ALL_OLD" }),
  );
  return Attributes as User | undefined;
}
// #endregion deleteUser

function unmarshallUser(item: ConditionalCheckFailedException["Item"]): User {
  return unmarshall(item ?? {}) as User;
}
