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
 *
 * Names (PersonName) and a source's CSL details (CslExtras) are defined here
 * too, their model types inferred from PersonNameFieldsSchema and
 * CslExtrasFieldsSchema. They are read leniently (CslNameSchema,
 * CslExtrasSchema): a part or variable of the wrong type is left out, not an
 * error, as a CSL-JSON import or a stored source read back needs.
 */
import * as v from 'valibot';
import { CSL_TYPES, DATE_VARIABLES, NAME_VARIABLES, NUMBER_VARIABLES, TEXT_VARIABLES } from './csl-variables';

const finiteNumber = () => v.pipe(v.number(), v.finite());

/** A plain object (not a list, not null): what CSL-JSON's objects must be. */
export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads an object of `fields` leniently: anything but an object (a list
 * included) fails; of an object, each own property that `fields` names is kept,
 * as that entry's output, when it passes the entry, and everything else is
 * left out. Keys come out in the entries' order. Own properties only
 * (valibot's object would read inherited ones), so `__proto__` or
 * `constructor` keys do nothing.
 */
function lenientObject<const TEntries extends v.ObjectEntries>(fields: v.ObjectSchema<TEntries, undefined>) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isRecord),
    v.transform((o) => {
      const out: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(fields.entries)) {
        if (!Object.hasOwn(o, key)) continue;
        const result = v.safeParse(entry, o[key]);
        if (result.success && result.output !== undefined) out[key] = result.output;
      }
      return out as v.InferOutput<typeof fields>;
    }),
  );
}

/**
 * Reads a map keyed by CSL variables leniently: of an object's own enumerable
 * entries, those whose key has a schema (`schemaOf`) and whose value passes it
 * are kept, as its output; fails when none is left (or on anything but an object).
 */
function variableMap<TValue>(schemaOf: (key: string) => v.GenericSchema<unknown, TValue> | undefined) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isRecord),
    v.transform((o) => {
      const kept: [string, TValue][] = [];
      for (const [key, value] of Object.entries(o)) {
        const schema = schemaOf(key);
        const result = schema && v.safeParse(schema, value);
        if (result?.success) kept.push([key, result.output]);
      }
      return Object.fromEntries(kept) as Partial<Record<string, TValue>>;
    }),
    v.check((map) => Object.keys(map).length > 0),
  );
}

/** Every CSL type (the `type` enumeration). */
export const CslTypeSchema = v.picklist(CSL_TYPES);

/** A CSL-JSON date (the model's CslDateValue): what CslDateFieldsSchema gives. */
export type CslDateValue = v.InferOutput<typeof CslDateFieldsSchema>;
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

/** A text part of a name: a string with something in it (kept as written, not trimmed). */
const nameText = () => v.optional(v.pipe(v.string(), v.check((s) => s.trim() !== '')));
/** A flag of a name: CSL allows a string, a boolean or a number. */
const nameFlag = () => v.optional(v.union([v.string(), v.boolean(), finiteNumber()]));

/** The parts of a name that are text: one of them makes a name. */
const NAME_TEXT_PARTS = {
  family: nameText(),
  given: nameText(),
  'dropping-particle': nameText(),
  'non-dropping-particle': nameText(),
  suffix: nameText(),
  /** An organisation, or a name that must not be split. */
  literal: nameText(),
};

/** A name as CSL-JSON writes it (the model's PersonName): what PersonNameFieldsSchema gives. */
export type PersonName = v.InferOutput<typeof PersonNameFieldsSchema>;
/**
 * A name as CSL-JSON writes it (the model's PersonName): a person's family and
 * given names (with particles and suffix), or a `literal` for an organisation
 * or a name that must not be split; and CSL's flags for how to print it.
 */
export const PersonNameFieldsSchema = v.object({
  ...NAME_TEXT_PARTS,
  'comma-suffix': nameFlag(),
  'static-ordering': nameFlag(),
  'parse-names': nameFlag(),
});

/**
 * A CSL name read from untrusted data (a CSL-JSON file, a review export): only
 * the schema's parts, each of its type, are kept; a name with no text part
 * left is refused (names.ts readName gives null for it).
 */
export const CslNameSchema = v.pipe(
  lenientObject(PersonNameFieldsSchema),
  v.check((name) => Object.keys(NAME_TEXT_PARTS).some((part) => Object.hasOwn(name, part))),
);

/** A list of names from untrusted data: the names CslNameSchema reads (possibly none). */
export const CslNameListSchema = v.pipe(
  v.array(v.unknown()),
  v.transform((names) => names.flatMap((name) => {
    const result = v.safeParse(CslNameSchema, name);
    return result.success ? [result.output] : [];
  })),
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

/** A standard text variable as a string, a number variable as a string or a finite number. */
const VariableTextSchema = v.string();
const VariableNumberSchema = v.union([v.string(), finiteNumber()]);
/** A name variable's list, when it has a readable name. */
const NameVariableSchema = v.pipe(CslNameListSchema, v.minLength(1));

/** A source's CSL details (the model's CslExtras, Source.csl): what CslExtrasFieldsSchema gives. */
export type CslExtras = v.InferOutput<typeof CslExtrasFieldsSchema>;
/**
 * What a reference manager knows about a source beyond the workbench's own
 * fields (the model's CslExtras, Source.csl), kept so that CSL-JSON goes out
 * as it came in (./csl.ts). Keys of `variables`, `names` and `dates` are
 * standard CSL variables only (./csl-variables.ts, CSL 1.0.2), each value of
 * its variable's type; a map of none is left out.
 */
export const CslExtrasFieldsSchema = v.object({
  /** The item's id in the reference manager (e.g. a Zotero item URI). */
  id: v.optional(v.pipe(v.string(), v.minLength(1))),
  /** The CSL type, when it says more than the kind (webpage, book, chapter...). */
  type: v.optional(CslTypeSchema),
  /** The CSL variable `publisher` was read from, when not the kind's usual one. */
  publisherField: v.optional(v.picklist(['container-title', 'publisher', 'authority'])),
  /** The source's URL was made from its DOI (the item had none); only `true` is kept. */
  urlFromDoi: v.optional(v.pipe(v.boolean(), v.value(true))),
  /** Standard text and number variables: DOI, ISBN, ISSN, volume, issue, page, edition, publisher-place, number... */
  variables: v.optional(variableMap((key) => (TEXT_VARIABLES.has(key) ? VariableTextSchema : NUMBER_VARIABLES.has(key) ? VariableNumberSchema : undefined))),
  /** Standard name variables other than author: editor, translator, container-author... */
  names: v.optional(variableMap((key) => (NAME_VARIABLES.has(key) ? NameVariableSchema : undefined))),
  /** Standard date variables the source has no field for, or richer than its ISO date (seasons, ranges, circa); `issued` and `accessed` too. */
  dates: v.optional(variableMap((key) => (DATE_VARIABLES.has(key) || key === 'issued' || key === 'accessed' ? CslDateSchema : undefined))),
  /** CSL `categories`, when there are some. */
  categories: v.optional(v.pipe(CslCategoriesSchema, v.minLength(1))),
  /** CSL `custom`: the reference manager's own key-value pairs, kept as they came. */
  custom: v.optional(CslCustomSchema),
});

/** A source's CSL details read from untrusted data (a review export): what CslExtrasFieldsSchema keeps; refused when nothing is left. */
export const CslExtrasSchema = v.pipe(
  lenientObject(CslExtrasFieldsSchema),
  v.check((csl) => Object.keys(csl).length > 0),
);

/** The value when it passes `schema`, else null (the reader then warns, naming the field). */
export function readWith<T extends v.GenericSchema>(schema: T, value: unknown): v.InferOutput<T> | null {
  const result = v.safeParse(schema, value);
  return result.success ? result.output : null;
}
