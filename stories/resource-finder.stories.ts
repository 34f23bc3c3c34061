import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import sample from '../demo/data/halton-services.json';
import '../src/components/resource-finder/define.js';

/** A Wednesday afternoon, so that the hours and "open now" look the same on every visit. */
const NOW = new Date('2025-03-05T20:00:00Z');
const json = (value: unknown) => URL.createObjectURL(new Blob([typeof value === 'string' ? value : JSON.stringify(value)], { type: 'application/json' }));
/** The sample data as a file (a blob URL, so Storybook needs no server for it). */
const FILE = json(sample);
const TRUNCATED = json('{"contents": [');
const records = sample as { name?: string; attributes?: { taxonomy_term?: { id?: string } }[] }[];

// Storybook has no HSDS server: requests under this path are answered here, from the sample
// data, as a small HSDS API would (search, taxonomy_term_id, page, per_page). `loading` never answers.
const API = '/storybook-hsds-api';
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(String(input instanceof Request ? input.url : input), location.href);
  if (!url.pathname.startsWith(API)) return realFetch(input, init);
  if (url.pathname.startsWith(`${API}/loading`)) return new Promise(() => undefined);
  const q = url.searchParams;
  const search = (q.get('search') ?? '').toLowerCase();
  const term = q.get('taxonomy_term_id');
  const perPage = Number(q.get('per_page') ?? 20);
  const page = Number(q.get('page') ?? 1);
  const matches = records.filter(
    (s) => (!search || (s.name ?? '').toLowerCase().includes(search)) && (!term || (s.attributes ?? []).some((a) => a.taxonomy_term?.id === term)),
  );
  const body = {
    total_items: matches.length,
    total_pages: Math.ceil(matches.length / perPage),
    page_number: page,
    contents: matches.slice((page - 1) * perPage, page * perPage),
  };
  return Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
};

interface Args {
  'page-size': number;
  'heading-level': number;
  query: string;
  category: string;
}

const finder = (args: Args, source: { src?: string; api?: string; services?: unknown; priority?: string }, content: TemplateResult | typeof nothing = nothing) =>
  html`<cswb-resource-finder
    src=${source.src ?? nothing}
    api=${source.api ?? nothing}
    priority=${source.priority ?? nothing}
    .services=${source.services ?? null}
    .now=${NOW}
    page-size=${args['page-size']}
    heading-level=${args['heading-level']}
    query=${args.query || nothing}
    category=${args.category || nothing}
    >${content}</cswb-resource-finder
  >`;

const meta: Meta<Args> = {
  title: 'Components/Resource finder',
  component: 'cswb-resource-finder',
  args: { 'page-size': 5, 'heading-level': 3, query: '', category: '' },
  argTypes: { 'heading-level': { control: { type: 'number', min: 2, max: 6 } } },
  render: (args) => finder(args, { src: FILE }),
};
export default meta;

type Story = StoryObj<Args>;

/** A JSON file named by `src` (here the sample directory of Halton services). */
export const StaticFile: Story = {};

/** The data inline, in a `<script type="application/json">` child: no request at all. */
export const InlineData: Story = {
  render: (args) =>
    finder(
      args,
      {},
      html`<script type="application/json">
        ${JSON.stringify(records.slice(0, 3))}
      </script>`,
    ),
};

/** The `services` property, set from code. */
export const ServicesProperty: Story = { render: (args) => finder(args, { services: records.slice(0, 8) }) };

/** `api`: the search and the category go to an HSDS API; "Show more" fetches the next page. */
export const ApiMode: Story = { render: (args) => finder(args, { api: API }) };

/** Nothing matches: the finder suggests clearing the search and filters. */
export const Empty: Story = { args: { query: 'no such service anywhere' } };

/** The data could not be read: an alert with a Retry button. */
export const ErrorState: Story = { render: (args) => finder(args, { src: TRUNCATED }) };

/** While loading: a decorative skeleton, `aria-busy` and a spoken "Loading services…". */
export const Loading: Story = { render: (args) => finder(args, { src: `${API}/loading.json` }) };

/** Data a directory really publishes: a temporarily closed service with a notice and a long description (More / Less), fax, text and TTY lines, and two records that could not be read. */
export const DataStates: Story = {
  render: (args) =>
    finder(args, {
      services: [
        {
          id: 'closed-1',
          name: 'Youth drop-in (Milton)',
          status: 'temporarily closed',
          alert: 'Closed for renovation until April; sessions continue online.',
          description:
            'A drop-in centre for young people aged 12 to 24: homework help, a hot meal on weekday evenings, games, a music room and someone to talk to. Counsellors can help with school, family, housing and money worries, and can connect you with health and mental health services in Halton. No appointment and no referral needed; come as you are.',
          phones: [
            { number: '905-555-0141', type: 'voice' },
            { number: '905-555-0142', type: 'text' },
            { number: '905-555-0143', type: 'fax' },
            { number: '905-555-0144', type: 'tty' },
          ],
        },
        { id: 'no-name' },
        'not a record',
      ],
    }),
};

/** No source configured: a message says how to give it one. */
export const NoSource: Story = { render: (args) => finder(args, {}) };

/** Preset by a priority card's hand-over: the category select names the priority. */
export const PriorityHandover: Story = { render: (args) => finder(args, { src: FILE, priority: 'mental-health' }) };

/** A partner's own emergency line in the `emergency` slot. */
export const CustomEmergencyLine: Story = {
  render: (args) =>
    finder(args, { src: FILE }, html`<p slot="emergency"><strong>In danger now? Call <a href="tel:911">911</a>. In crisis? Call or text <a href="tel:988">9-8-8</a>.</strong></p>`),
};

/** Headings at level 2, for a page where the finder is a main section. */
export const HeadingLevel2: Story = { args: { 'heading-level': 2 } };

/** 320 px wide: the filters stack, nothing scrolls sideways. */
export const Narrow: Story = { render: (args) => html`<div style="max-inline-size: 320px">${finder(args, { src: FILE })}</div>` };

export const French: Story = { globals: { locale: 'fr' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const HighContrast: Story = { globals: { theme: 'high-contrast' } };

/** The custom properties a partner sets to match a site. */
export const CustomProperties: Story = {
  render: (args) =>
    html`<div
      style="--cswb-resource-finder-accent: #5b2a86; --cswb-resource-finder-result-background: #faf7fd; --cswb-resource-finder-border-color: #5b2a86; --cswb-resource-finder-radius: 0; --cswb-resource-finder-gap: 0.75rem"
    >
      ${finder(args, { src: FILE })}
    </div>`,
};
