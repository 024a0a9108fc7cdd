// jschardet ships no types; this is the one call the ingest makes.
declare module 'jschardet' {
  export interface Detection {
    encoding: string | null;
    confidence: number;
  }
  export function detect(input: Uint8Array | string): Detection;
  const jschardet: { detect: typeof detect };
  export default jschardet;
}
