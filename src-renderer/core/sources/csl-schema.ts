/**
 * The CSL-JSON item shape the workbench accepts, defined once with valibot
 * (CSL 1.0.2, citation-style-language/schema csl-data.json). The reader
 * (./csl.ts) checks each field of an item with these schemas, so a field of
 * the wrong type or a value outside an enumeration is named in a warning (or
 * the item refused), never stored as is; the exported item's type is
 * inferred from CslItemSchema.
 *
 * Objects are rebuilt from the fields the schema knows (valibot drops the
 * rest, `__proto__` keys included); enumerations are picklists, so a lookup
 * never reaches a plain object's prototype.
 */
import * as v from 'valibot';
import type { CslDateValue, PersonName } from '../model';
import { CSL_TYPES } from './csl-variables';
import { readName } from './names';

const finiteNumber = () => v.pipe(v.number(), v.finite());

/** Every CSL type (the `type` enumeration). */
export const CslTypeSchema = v.picklist(CSL_TYPES);

/** The fields of a CSL date; its type is the model's CslDateValue. */
export const CslDateFieldsSchema = v.object({
  /** [[year, month?, day?]], two for a range. */
  'date-parts': v.optional(
    v.pipe(
      v.array(v.pipe(v.array(v.union([v.string(), finiteNumber()])), v.minLength(1), v.maxLength(3))),
      v.minLength(1),
      v.maxLength(2),
    ),
  ),
  literal: v.optional(v.string()),
  raw: v.optional(v.string()),
  season: v.optional(v.union([v.string(), finiteNumber()])),
  circa: v.optional(v.union([v.string(), v.boolean(), finiteNumber()])),
});

/** A CSL date: `date-parts` (one date, or two for a range, of 1–3 parts each), `raw`, `literal`, `season`, `circa`; at least one of them. */
export const CslDateSchema = v.pipe(
  CslDateFieldsSchema,
  // valibot keeps an optional key that was present as undefined: drop those, and refuse an empty date.
  v.transform((date): CslDateValue => Object.fromEntries(Object.entries(date).filter(([, x]) => x !== undefined))),
  v.check((date) => Object.keys(date).length > 0),
);

/** A CSL name: a person's parts, or a `literal` (organisations); empty names are refused (names.ts readName). */
export const CslNameSchema = v.pipe(
  v.unknown(),
  v.transform(readName),
  v.custom<PersonName>((name) => name !== null),
);

/** Free-form categories (Zotero's tags): a list of text. */
export const CslCategoriesSchema = v.array(v.string());

/** `custom`: any JSON object, kept as data (a JSON round trip drops functions, prototypes and cycles). */
export const CslCustomSchema = v.pipe(
  v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x)),
  v.transform((custom) => JSON.parse(JSON.stringify(custom)) as Record<string, unknown>),
);

/**
 * A CSL-JSON item as the workbench writes it: these fields with these types,
 * plus other standard variables (checked one by one by the reader against
 * csl-variables.ts).
 */
export const CslItemSchema = v.looseObject({
  id: v.union([v.pipe(v.string(), v.minLength(1)), finiteNumber()]),
  type: CslTypeSchema,
  title: v.optional(v.string()),
  author: v.optional(v.array(CslNameSchema)),
  issued: v.optional(CslDateSchema),
  accessed: v.optional(CslDateSchema),
  URL: v.optional(v.string()),
  note: v.optional(v.string()),
  categories: v.optional(CslCategoriesSchema),
  custom: v.optional(CslCustomSchema),
});

export type CslItemShape = v.InferOutput<typeof CslItemSchema>;

/** The value when it passes `schema`, else null (the reader then warns, naming the field). */
export function readWith<T extends v.GenericSchema>(schema: T, value: unknown): v.InferOutput<T> | null {
  const result = v.safeParse(schema, value);
  return result.success ? result.output : null;
}
