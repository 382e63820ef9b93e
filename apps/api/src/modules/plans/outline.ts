// Outline numbers of a plan's tree: "1", "1.2", "1.2.3", from each item's position among its siblings.

interface Node {
  id: string;
  parentId: string | null;
  position: number;
}

/** Items in outline order (depth first), each with its code and depth. */
export function outlineOf<T extends Node>(items: T[]): { item: T; code: string; depth: number }[] {
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const list = children.get(item.parentId) ?? [];
    list.push(item);
    children.set(item.parentId, list);
  }
  const result: { item: T; code: string; depth: number }[] = [];
  const walk = (parentId: string | null, prefix: string, depth: number) => {
    const list = (children.get(parentId) ?? []).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
    list.forEach((item, index) => {
      const code = prefix ? `${prefix}.${index + 1}` : String(index + 1);
      result.push({ item, code, depth });
      walk(item.id, code, depth + 1);
    });
  };
  walk(null, '', 0);
  return result;
}
