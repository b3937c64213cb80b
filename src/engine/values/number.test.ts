import { describe, expect, it } from "vitest";
import type { DynamoDBError } from "../errors/index.js";
import {
  addNumbers,
  compareNumbers,
  normalizeNumber,
  numberSize,
  parseNumber,
  partsOfCanonical,
  sizeOfParts,
  subtractNumbers,
} from "./number.js";

function errorOf(action: () => unknown): DynamoDBError {
  try {
    action();
  } catch (error) {
    return error as DynamoDBError;
  }
  throw new Error("expected an error");
}

const ZEROS_100 = "0".repeat(100);

describe("normalizeNumber", () => {
  it.each([
    ["1.50", "1.5"],
    ["1e3", "1000"],
    ["-0", "0"],
    ["1.5E2", "150"],
    ["+5", "5"],
    ["5.", "5"],
    ["00042", "42"],
    ["1e+2", "100"],
    [".5", "0.5"],
    ["+.5", "0.5"],
    ["-.5e-3", "-0.0005"],
    ["123e-5", "0.00123"],
    ["0.000", "0"],
    ["0e500", "0"],
    ["00.00e5", "0"],
    ["10.0100", "10.01"],
    ["-00120.000", "-120"],
    ["1E+100", `1${ZEROS_100}`],
    ["1e-100", `0.${"0".repeat(99)}1`],
    ["1E-130", `0.${"0".repeat(129)}1`],
    ["-1E-130", `-0.${"0".repeat(129)}1`],
    ["9.9999999999999999999999999999999999999E+125", `${"9".repeat(38)}${"0".repeat(88)}`],
    ["1.00000000000000000000000000000000000000000", "1"],
    [`1${"0".repeat(41)}`, `1${"0".repeat(41)}`],
  ])("writes %s as %s, as DynamoDB prints it back", (text, canonical) => {
    expect(normalizeNumber(text)).toBe(canonical);
  });

  it("returns canonical text unchanged", () => {
    for (const text of ["0", "-7", "1234567890123456", "3.14", "-0.001"]) {
      expect(normalizeNumber(text)).toBe(text);
    }
  });

  it.each([
    "NaN",
    "Infinity",
    "-Infinity",
    "1e",
    "1e+",
    ".",
    "-",
    "+",
    "e5",
    " 1",
    "1 ",
    "1_000",
    "abc",
    "++5",
    "0x10",
    "1.2.3",
    "1d",
    "1E+126e",
    "١",
  ])("rejects %j as not a number, quoting it", (text) => {
    const error = errorOf(() => normalizeNumber(text));
    expect(error.type).toBe("ValidationException");
    expect(error.message).toBe(`The parameter cannot be converted to a numeric value: ${text}`);
  });

  it("does not quote an empty number", () => {
    expect(errorOf(() => normalizeNumber("")).message).toBe(
      "The parameter cannot be converted to a numeric value",
    );
  });

  it("rejects exponents beyond a 32-bit integer as unconvertible", () => {
    expect(errorOf(() => normalizeNumber("1e2147483648")).message).toBe(
      "The parameter cannot be converted to a numeric value: 1e2147483648",
    );
  });

  it.each(["1E+126", "-1E+126", "10E+125", "1e2147483647"])("rejects %s as overflow", (text) => {
    const error = errorOf(() => normalizeNumber(text));
    expect(error.type).toBe("ValidationException");
    expect(error.message).toBe(
      "Number overflow. Attempting to store a number with magnitude larger than supported range",
    );
  });

  it.each(["1E-131", "-1e-131", "0.1E-130", "1e-2147483647"])("rejects %s as underflow", (text) => {
    expect(errorOf(() => normalizeNumber(text)).message).toBe(
      "Number underflow. Attempting to store a number with magnitude smaller than supported range",
    );
  });

  it.each([
    "123456789012345678901234567890123456789",
    "-1.23456789012345678901234567890123456789",
    "1234567890123456789012345678901234567890e-200",
    "1234567890123456789012345678901234567890e200",
  ])("rejects more than 38 significant digits: %s", (text) => {
    expect(errorOf(() => normalizeNumber(text)).message).toBe(
      "Attempting to store more than 38 significant digits in a Number",
    );
  });

  it("accepts exactly 38 significant digits", () => {
    expect(normalizeNumber("12345678901234567890123456789012345678")).toBe(
      "12345678901234567890123456789012345678",
    );
  });
});

describe("number parts", () => {
  it("splits a number into sign, significant digits and exponent", () => {
    expect(parseNumber("-0012.3400")).toEqual({ negative: true, digits: "1234", exponent: 2 });
    expect(parseNumber("0.00012")).toEqual({ negative: false, digits: "12", exponent: -3 });
    expect(parseNumber("1.2e5")).toEqual({ negative: false, digits: "12", exponent: 6 });
  });

  it("reads canonical text back into the same parts", () => {
    for (const text of ["120", "-0.00012", "10.01", "7", "0.5"]) {
      expect(partsOfCanonical(text)).toEqual(parseNumber(text));
    }
    expect(partsOfCanonical("0").digits).toBe("");
  });
});

describe("compareNumbers", () => {
  it("orders numerically", () => {
    expect(compareNumbers("-1", "-0.5")).toBeLessThan(0);
    expect(compareNumbers("100", "99.9")).toBeGreaterThan(0);
    expect(compareNumbers("0", "-0.001")).toBeGreaterThan(0);
    expect(compareNumbers("-100", "-99")).toBeLessThan(0);
    expect(compareNumbers("0.12", "0.123")).toBeLessThan(0);
    expect(compareNumbers("-0.12", "-0.123")).toBeGreaterThan(0);
    expect(compareNumbers("3.14", "3.14")).toBe(0);
  });
});

describe("arithmetic", () => {
  it("adds and subtracts exactly", () => {
    expect(addNumbers("0.1", "0.2")).toBe("0.3");
    expect(addNumbers("1.5", "-1.5")).toBe("0");
    expect(subtractNumbers("1", "3")).toBe("-2");
    expect(addNumbers("12345678901234567890123456789012345678", "1")).toBe(
      "12345678901234567890123456789012345679",
    );
    expect(addNumbers("99999999999999999999999999999999999999", "1")).toBe(`1${"0".repeat(38)}`);
    expect(subtractNumbers(`0.${"0".repeat(129)}2`, `0.${"0".repeat(129)}1`)).toBe(`0.${"0".repeat(129)}1`);
  });

  it("gives the same canonical text for small integers as for any other number", () => {
    const cases: [string, string][] = [
      ["999999999999999", "1"],
      ["999999999999999", "999999999999999"],
      ["-999999999999999", "-999999999999999"],
      ["-5", "5"],
      ["0", "0"],
      ["0", "-7"],
      ["100", "-100"],
      ["120", "3"],
      ["1000000000000000", "1"],
      ["1", "0.5"],
    ];
    for (const [a, b] of cases) {
      // Adding zero as a decimal (`0.0` is not canonical, so the slow path takes it) is exact.
      expect(addNumbers(a, b)).toBe(addNumbers(addNumbers(a, "0.1"), addNumbers(b, "-0.1")));
      expect(subtractNumbers(a, b)).toBe(addNumbers(subtractNumbers(a, "0.1"), subtractNumbers("0.1", b)));
    }
    expect(addNumbers("999999999999999", "1")).toBe("1000000000000000");
    expect(subtractNumbers("-999999999999999", "999999999999999")).toBe("-1999999999999998");
    expect(addNumbers("-5", "5")).toBe("0");
  });

  it("rejects a result needing more than 38 digits", () => {
    const error = errorOf(() => addNumbers(`1${"0".repeat(50)}`, "1"));
    expect(error.type).toBe("ValidationException");
    expect(error.message).toBe("Attempting to store more than 38 significant digits in a Number");
    expect(errorOf(() => addNumbers("99999999999999999999999999999999999999", "2")).message).toBe(
      "Attempting to store more than 38 significant digits in a Number",
    );
  });

  it("rejects results outside the range", () => {
    const nine = `9${"0".repeat(125)}`;
    expect(errorOf(() => addNumbers(nine, nine)).message).toBe(
      "Number overflow. Attempting to store a number with magnitude larger than supported range",
    );
    expect(errorOf(() => subtractNumbers(`-${nine}`, nine)).message).toBe(
      "Number overflow. Attempting to store a number with magnitude larger than supported range",
    );
  });
});

describe("numberSize", () => {
  // Every figure measured by bisecting the 409,600-byte item limit on DynamoDB Local.
  it.each([
    ["0", 1],
    ["1", 2],
    ["9", 2],
    ["10", 2],
    ["42", 2],
    ["-42", 3],
    ["-1", 3],
    ["99", 2],
    ["100", 2],
    ["101", 3],
    ["120", 3],
    ["123", 3],
    ["1234", 3],
    ["12345", 4],
    ["12000", 3],
    ["-12000", 4],
    ["120000", 2],
    ["0.1", 2],
    ["0.001", 2],
    ["0.012", 3],
    ["0.00012", 3],
    ["0.0000001", 2],
    ["0.0000012", 3],
    ["1.1", 3],
    ["1.5", 3],
    ["10.1", 3],
    ["12.5", 3],
    ["1.25", 3],
    ["1.234", 4],
    ["12345678901234567890123456789012345678", 20],
    ["-12345678901234567890123456789012345678", 21],
  ])("%s takes %i bytes", (canonical, bytes) => {
    expect(numberSize(canonical)).toBe(bytes);
  });

  it("sizes extreme magnitudes by their digits only", () => {
    expect(numberSize(normalizeNumber("1E+100"))).toBe(2);
    expect(numberSize(normalizeNumber("1E-130"))).toBe(2);
    expect(numberSize(normalizeNumber("-1E-130"))).toBe(3);
    expect(numberSize(normalizeNumber("9.9999999999999999999999999999999999999E+125"))).toBe(20);
  });
});

describe("numberSize on canonical text", () => {
  it("agrees with the size computed from parsed parts", () => {
    let seed = 3;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 3000; round++) {
      let mantissa = "";
      for (let length = 1 + random(12); length > 0; length--) mantissa += String(random(10));
      const text = `${random(2) ? "-" : ""}${mantissa}e${random(60) - 30}`;
      const canonical = normalizeNumber(text);
      expect(numberSize(canonical), canonical).toBe(sizeOfParts(parseNumber(text)));
    }
  });
});
