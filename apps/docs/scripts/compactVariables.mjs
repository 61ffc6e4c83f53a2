// Keeps the API pages of large constant tables light. A `const` whose type is a big object literal
// (the catalogue's `definitions`, every scheme in `schemes`) would be rendered by TypeDoc as its
// whole inferred type, every nested member with a heading and a highlighted code block: pages of
// 200 to 740 KB. Such a variable is documented instead by its TSDoc and a list of its keys (with
// the value of each key whose value is a literal); the types of its entries are documented where
// they are declared.
import { Comment, IntrinsicType, ReflectionKind } from 'typedoc'

/** Nested members above which a variable's type is listed by its keys. */
const MAX_MEMBERS = 24

/** Every member of an object type, at every depth. */
function countMembers(declaration) {
  let count = 0
  for (const child of declaration.children ?? []) {
    count++
    if (child.type?.type === 'reflection') count += countMembers(child.type.declaration)
  }
  return count
}

/** A key, with its value when that is a string, number or boolean literal. */
function keyParts(child) {
  const parts = [{ kind: 'code', text: `\`${child.name}\`` }]
  if (child.type?.type === 'literal' && child.type.value !== null) {
    parts.push(
      { kind: 'text', text: ' → ' },
      { kind: 'code', text: `\`${JSON.stringify(child.type.value)}\`` },
    )
  }
  return parts
}

/**
 * Replaces the type of each variable of `project` whose object type has more than
 * {@link MAX_MEMBERS} members (at any depth) by `object`, and adds the list of its keys to its
 * comment. Run at `Converter.EVENT_RESOLVE_END`.
 *
 * @param {import('typedoc').ProjectReflection} project - the converted project
 * @returns {string[]} the names of the variables compacted
 */
export function compactLargeVariables(project) {
  const compacted = []
  for (const variable of project.getReflectionsByKind(ReflectionKind.Variable)) {
    const type = variable.type
    if (type?.type !== 'reflection') continue
    const declaration = type.declaration
    const children = declaration.children ?? []
    if (countMembers(declaration) <= MAX_MEMBERS) continue
    variable.comment ??= new Comment()
    const keys = children.flatMap((child, i) => [
      ...(i === 0 ? [] : [{ kind: 'text', text: ', ' }]),
      ...keyParts(child),
    ])
    variable.comment.summary.push(
      { kind: 'text', text: `\n\nIts ${children.length} keys: ` },
      ...keys,
      { kind: 'text', text: '.' },
    )
    variable.type = new IntrinsicType('object')
    project.removeReflection(declaration)
    compacted.push(variable.getFullName())
  }
  return compacted
}
