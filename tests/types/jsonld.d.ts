/** The part of jsonld's API the tests use (the package ships no types). */
declare module 'jsonld' {
  interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  interface ExpandOptions {
    /** Safe mode: a property or value that would be dropped is an error instead. */
    safe?: boolean;
    documentLoader?: (url: string) => Promise<RemoteDocument>;
  }
  const jsonld: {
    expand(input: unknown, options?: ExpandOptions): Promise<unknown[]>;
  };
  export default jsonld;
}
