/**
 * The console's folders in layers: lower ones (schema, data, i18n, format) never import the screens
 * built on them, and export/ and workflow/ share helpers through format/ rather than reaching into
 * views/. An import that runs back up would make a helper depend on a page.
 */
import fs from 'fs';
import path from 'path';

const src = path.join(__dirname, '../../../admin/src');

/** Top-level folders of admin/src each folder imports from (relative imports only). */
function importsOf(folder: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(entry.name)) {
        for (const m of fs.readFileSync(p, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
          const target = path.relative(src, path.resolve(path.dirname(p), m[1])).split(path.sep)[0];
          out.set(target, [...(out.get(target) ?? []), path.relative(src, p)]);
        }
      }
    }
  };
  walk(path.join(src, folder));
  return out;
}

const SCREENS = ['views', 'pages', 'dashboard', 'layout', 'App', 'main'];

test.each([
  ['format', [...SCREENS, 'export', 'workflow', 'overrides']],
  ['schema', [...SCREENS, 'export', 'workflow', 'format']],
  ['data', [...SCREENS, 'export', 'workflow', 'format']],
  ['i18n', [...SCREENS, 'export', 'workflow', 'format']],
  ['export', SCREENS],
  ['workflow', SCREENS],
])('%s/ imports nothing from the layers above it', (folder, above) => {
  const imports = importsOf(folder as string);
  expect((above as string[]).flatMap((t) => (imports.get(t) ?? []).map((file) => `${file} -> ${t}/`))).toEqual([]);
});

test('the check sees imports: views/ imports format/', () => {
  expect(importsOf('views').get('format')?.length).toBeGreaterThan(0);
});
