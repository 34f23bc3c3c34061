// A Rollup plugin that removes the indentation and comments of Lit's css``, html`` and svg``
// templates in our sources before esbuild compiles them (esbuild minifies the JavaScript around
// them, never the text inside a template). The rendering is unchanged: in html``, a run of
// white space that holds a line break becomes one line break (HTML collapses both alike; none of
// our templates uses white-space: pre); in css``, comments go and white space collapses.

const TAG = /\b(css|html|svg)`/g;

function minifyCss(text) {
  return text
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1');
}

function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, '\n');
}

/** Scans a template literal starting after its opening backtick; returns [end, staticParts]. */
function scanTemplate(source, start, out) {
  let i = start;
  let segment = start;
  const parts = [];
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\') {
      i += 2;
    } else if (ch === '`') {
      parts.push([segment, i]);
      return [i + 1, parts];
    } else if (ch === '$' && source[i + 1] === '{') {
      parts.push([segment, i]);
      i = scanExpression(source, i + 2, out);
      segment = i;
    } else {
      i++;
    }
  }
  throw new Error('unterminated template literal');
}

/** Scans a ${…} expression; nested tagged templates are minified too. Returns the index after `}`. */
function scanExpression(source, start, out) {
  let depth = 1;
  let i = start;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '{') depth++;
    else if (ch === '}') {
      if (--depth === 0) return i + 1;
    } else if (ch === '"' || ch === "'") {
      i++;
      while (i < source.length && source[i] !== ch) i += source[i] === '\\' ? 2 : 1;
    } else if (ch === '`') {
      const tag = /\b(css|html|svg)$/.exec(source.slice(Math.max(0, i - 4), i));
      const [end, parts] = scanTemplate(source, i + 1, out);
      if (tag) out.push({ kind: tag[1], parts });
      i = end;
      continue;
    } else if (ch === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (ch === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i + 2) + 1;
    }
    i++;
  }
  throw new Error('unterminated template expression');
}

export function minifyTemplates() {
  return {
    name: 'cswb-minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || /\.test\.ts$/.test(id)) return null;
      const found = [];
      TAG.lastIndex = 0;
      let match;
      while ((match = TAG.exec(code)) !== null) {
        const [end, parts] = scanTemplate(code, match.index + match[0].length, found);
        found.push({ kind: match[1], parts });
        TAG.lastIndex = end;
      }
      if (found.length === 0) return null;
      const edits = found.flatMap(({ kind, parts }) => parts.map(([from, to]) => ({ from, to, kind })));
      edits.sort((a, b) => b.from - a.from);
      let result = code;
      for (const { from, to, kind } of edits) {
        const text = result.slice(from, to);
        result = result.slice(0, from) + (kind === 'css' ? minifyCss(text) : minifyHtml(text)) + result.slice(to);
      }
      return { code: result, map: null };
    },
  };
}
