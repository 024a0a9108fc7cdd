import type { Block } from '../../domain/schema';

export interface ListItemNode {
  text: string;
  children: ListItemNode[];
}

export type BodyNode = { kind: 'paragraph' | 'heading'; text: string } | { kind: 'list'; items: ListItemNode[] };

/**
 * Turns the flat block list into what HTML needs: runs of list items become one list, nested by depth.
 * e.g. items at depths 0, 1, 1, 0 → two top-level items, the first with two children.
 */
export function groupBlocks(blocks: readonly Block[]): BodyNode[] {
  const nodes: BodyNode[] = [];
  let stack: { depth: number; items: ListItemNode[] }[] = [];
  for (const block of blocks) {
    if (block.kind !== 'list-item') {
      nodes.push({ kind: block.kind, text: block.text });
      stack = [];
      continue;
    }
    const depth = Math.max(0, block.depth ?? 0);
    if (stack.length === 0) {
      const items: ListItemNode[] = [];
      nodes.push({ kind: 'list', items });
      stack = [{ depth, items }];
    }
    while (stack.length > 1 && stack.at(-1)!.depth > depth) stack.pop();
    const level = stack.at(-1)!;
    const parent = level.items.at(-1);
    // A deeper item with no item above it to hang from stays at the current level.
    if (depth > level.depth && parent) stack.push({ depth, items: parent.children });
    stack.at(-1)!.items.push({ text: block.text, children: [] });
  }
  return nodes;
}
