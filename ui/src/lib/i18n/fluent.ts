// The bridge between the code's dotted message keys and Fluent catalogues (ftl/*.ftl).
// en.ts stays the typed list of keys and the English text; en.ftl is written from it (the
// translators' reference) and every other language is a hand-written .ftl with the same ids.
import { FluentBundle, FluentResource } from '@fluent/bundle';

/** The Fluent id of a dotted key: `agenda.what.move` → `agenda-what-move`. */
export function fluentId(key: string): string {
  return key.replace(/\./g, '-');
}

/** One English template ("Saved “{name}”.") as a Fluent pattern ("Saved “{ $name }”."). */
function pattern(text: string): string {
  // Placeholders become variables; any other brace would open a placeable, so it is quoted.
  return text
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? `{ $${part.slice(1, -1)} }` : part.replace(/[{}]/g, (c) => `{ "${c}" }`)))
    .join('');
}

/**
 * en.ts's messages as Fluent source: placeholders `{name}` become `{ $name }`, and a message
 * with English plural forms "one|other" becomes a select expression on `$count`.
 */
export function toFluent(messages: Record<string, string>, header = ''): string {
  const out: string[] = header ? [header, ''] : [];
  for (const [key, text] of Object.entries(messages)) {
    const forms = text.split('|');
    if (forms.length === 2) {
      out.push(
        `${fluentId(key)} =`,
        '    { $count ->',
        `        [one] ${pattern(forms[0])}`,
        `       *[other] ${pattern(forms[1])}`,
        '    }',
      );
    } else {
      out.push(`${fluentId(key)} = ${pattern(text)}`);
    }
  }
  return out.join('\n') + '\n';
}

/** The parsed pattern shapes of @fluent/bundle (treated as data by the completeness test). */
type Element = string | { type: string; name?: string; selector?: Element; variants?: { value: Pattern }[]; args?: Element[] };
type Pattern = string | Element[];

/** Names of the variables a message uses, in any variant, sorted. */
export function variables(bundle: FluentBundle, id: string): string[] {
  const found = new Set<string>();
  const walk = (p: Pattern | Element | undefined): void => {
    if (p === undefined || typeof p === 'string') return;
    if (Array.isArray(p)) {
      p.forEach(walk);
      return;
    }
    if (p.type === 'var' && p.name) found.add(p.name);
    walk(p.selector);
    p.variants?.forEach((v) => walk(v.value));
    p.args?.forEach(walk);
  };
  walk(bundle.getMessage(id)?.value as Pattern | undefined);
  return [...found].sort();
}

/** A bundle for `locale` holding one catalogue; `isolate` wraps placeables in bidi isolates. */
export function makeBundle(locale: string, source: string, isolate: boolean): FluentBundle {
  const bundle = new FluentBundle(locale, { useIsolating: isolate });
  const errors = bundle.addResource(new FluentResource(source));
  if (errors.length) throw new Error(`${locale}.ftl: ${errors.map(String).join('; ')}`);
  return bundle;
}
