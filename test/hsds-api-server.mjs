// A small HSDS 3.0 API, served by the test runner on 127.0.0.1 under /hsds-api/. The resource
// finder's API mode is tested against it; it answers /services with the page envelope.
export function hsdsApiPlugin() {
  return {
    name: 'hsds-api',
    serve(context) {
      if (!context.path.startsWith('/hsds-api/')) return undefined;
      return { body: JSON.stringify({ total_items: 0, total_pages: 0, page_number: 1, size: 0, contents: [] }), type: 'json' };
    },
  };
}
