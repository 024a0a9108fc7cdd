import type { Column } from './binary-container';
import { StringColumn, decodeContainer } from './binary-container';

/** Who each article names and the organization it ties them to: read for organization profiles. */
export interface PeopleColumns {
  /** The people of article i are `offsets[i]..offsets[i + 1]`. */
  offsets: Uint32Array;
  /** Each person's organization, as an index into `orgIds`, or -1. */
  organization: Int32Array;
  name: StringColumn;
  role: StringColumn;
}

/**
 * The people columns of an index file (as `encodeArticleIndex` writes them), mapped onto its
 * buffer without a copy; null for an index written without them, so a page can say it lacks them.
 */
export function readPeopleColumns(buffer: ArrayBuffer): PeopleColumns | null {
  const { columns } = decodeContainer(buffer);
  const column = <T extends Column>(name: string, type: new (length: number) => T): T | null => {
    const found = columns[name];
    return found instanceof type ? found : null;
  };
  const offsets = column('peopleOffsets', Uint32Array);
  const organization = column('personOrg', Int32Array);
  const strings = (name: string) => {
    const stringOffsets = column(`${name}.offsets`, Uint32Array);
    const bytes = column(`${name}.bytes`, Uint8Array);
    return stringOffsets && bytes ? new StringColumn(stringOffsets, bytes) : null;
  };
  const name = strings('personName');
  const role = strings('personRole');
  if (!offsets || !organization || !name || !role) return null;
  return { offsets, organization, name, role };
}
