/**
 * admin/src has no `any`: API data is typed from schema.graphql (admin/src/generated/, `npm run
 * codegen`) or read as `unknown` and narrowed. The generated files are the generator's business.
 */
import fs from 'fs';
import path from 'path';
import ts from 'typescript';

const src = path.join(__dirname, '../../../admin/src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sources(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** `file:line` of every `any` type written in the file (comments and strings do not count). */
function anysIn(file: string, text = fs.readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (n: ts.Node) => {
    if (n.kind === ts.SyntaxKind.AnyKeyword)
      found.push(`${path.relative(src, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

test('no `any` in admin/src', () => {
  expect(sources(src).flatMap((f) => anysIn(f))).toEqual([]);
});

test('the check finds an `any` in a parameter, a cast and a generic, and none in a comment', () => {
  const probe = path.join(src, 'probe.tsx');
  expect(anysIn(probe, '// any\nconst a = (x: any) => x as any;\nconst b: Array<any> = [];\n')).toEqual([
    'probe.tsx:2',
    'probe.tsx:2',
    'probe.tsx:3',
  ]);
});
