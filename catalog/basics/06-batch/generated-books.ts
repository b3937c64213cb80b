import type { Book } from "./books.js";

/** A catalogue file of `count` made-up books with distinct ISBNs, for the import examples. */
export function generatedBooks(count: number): Book[] {
  return Array.from({ length: count }, (_, i) => ({
    isbn: `979-${String(i).padStart(6, "0")}`,
    title: `Volume ${i}`,
    author: "Anon",
    price: 10 + (i % 7),
  }));
}
