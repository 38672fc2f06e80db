// The options page's "Data" section: the bundled dataset's facts, import, export and revert.
// (Filled in by the dataset-import work; the page's layout places it.)
export function DataSection() {
  return <section aria-labelledby="gtc-data-heading" class="gtc-section" id="data" />;
}
