// The options page's "Data" section: which dataset is in use and its facts, import, export and revert.
// Applying or reverting reaches search, cards and open pages at once (the background tells every tab).
import { useEffect, useState } from 'preact/hooks';
import { importItem, type StoredImport } from '../dataset/active-dataset';
import { applyImport, revertToBundled } from '../dataset/apply-import';
import { mergeDatasets } from '../dataset/import/merge-datasets';
import { loadCompiledDataset } from '../dataset/load-compiled';
import type { CompiledDataset } from '../dataset/schema';
import { t } from '../i18n/t';
import { DatasetFactsTable } from './DatasetFactsTable';
import { downloadJson } from './download-json';
import { ImportPanel } from './ImportPanel';

export function DataSection({ loadBundled = loadCompiledDataset }: { loadBundled?: () => Promise<CompiledDataset> }) {
  const [bundled, setBundled] = useState<CompiledDataset | undefined>();
  const [imported, setImported] = useState<StoredImport | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadBundled().then(setBundled);
    void importItem.getValue().then(setImported);
    // Another options page (or a revert elsewhere) changes it too.
    return importItem.watch((value) => setImported(value));
  }, [loadBundled]);

  const active = bundled && imported ? mergeDatasets(bundled, imported.dataset, imported.mode) : bundled;
  const inUse = !imported
    ? t('dataInUseBundled')
    : t(imported.mode === 'extend' ? 'dataInUseExtended' : 'dataInUseReplaced', [imported.fileName, imported.importedAt.slice(0, 10)]);

  return (
    <section aria-labelledby="gtc-data-heading" class="gtc-section" id="data">
      <h2 id="gtc-data-heading">{t('dataHeading')}</h2>
      <p data-testid="dataset-in-use">
        <strong>{t('dataInUse')}:</strong> <bdi>{inUse}</bdi>
      </p>
      {active && <DatasetFactsTable dataset={active} />}
      <div class="gtc-buttons">
        {active && (
          <button type="button" onClick={() => downloadJson(active, `gaza-talks-context-dataset-${active.version}.json`)}>
            {t('dataExport')}
          </button>
        )}
        {imported && (
          <button
            type="button"
            onClick={() =>
              void revertToBundled().then(() => {
                setImported(null);
                setStatus(t('dataReverted'));
              })
            }
          >
            {t('dataRevert')}
          </button>
        )}
      </div>
      {bundled && active && (
        <ImportPanel
          bundled={bundled}
          active={active}
          onApply={async (dataset, mode, fileName) => {
            await applyImport(bundled, dataset, mode, fileName);
            setImported(await importItem.getValue());
            setStatus(t('dataApplied'));
          }}
        />
      )}
      <p role="status" class="gtc-saved" data-testid="data-status">
        {status}
      </p>
    </section>
  );
}
