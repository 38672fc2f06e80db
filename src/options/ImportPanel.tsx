// Import a dataset file: size checked before reading, validated in full before anything is stored, a
// preview of what would change, extend or replace, then apply. An invalid file changes nothing.
import { useState } from 'preact/hooks';
import { diffDatasets } from '../dataset/import/diff-datasets';
import { type ImportMode, mergeDatasets } from '../dataset/import/merge-datasets';
import { checkImportSize, type ImportResult, MAX_IMPORT_BYTES, validateDatasetText } from '../dataset/import/validate-import';
import type { CompiledDataset } from '../dataset/schema';
import { t } from '../i18n/t';
import { ImportChanges } from './ImportChanges';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'invalid'; errors: string[] }
  | { step: 'ready'; fileName: string; text: string; mode: ImportMode; result: ImportResult };

export interface ImportPanelProps {
  bundled: CompiledDataset;
  /** The dataset in use now, for the preview. */
  active: CompiledDataset;
  onApply: (dataset: CompiledDataset, mode: ImportMode, fileName: string) => Promise<void>;
}

const validateFor = (text: string, mode: ImportMode, bundled: CompiledDataset): ImportResult =>
  // Extending, an entry may relate to a bundled one; replacing, every related id must be in the file.
  validateDatasetText(text, mode === 'extend' ? { knownEntryIds: new Set(bundled.entries.map((e) => e.id)) } : {});

export function ImportPanel({ bundled, active, onApply }: ImportPanelProps) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [inputKey, setInputKey] = useState(0);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const tooBig = checkImportSize(file.size);
    if (tooBig) return setState({ step: 'invalid', errors: [`file: ${tooBig}`] });
    setState({ step: 'reading' });
    const text = await file.text();
    const result = validateFor(text, 'extend', bundled);
    setState(result.ok ? { step: 'ready', fileName: file.name, text, mode: 'extend', result } : { step: 'invalid', errors: result.errors });
  };

  const setMode = (mode: ImportMode) => {
    if (state.step === 'ready') setState({ ...state, mode, result: validateFor(state.text, mode, bundled) });
  };

  const reset = () => {
    setState({ step: 'idle' });
    setInputKey((k) => k + 1);
  };

  const errors = state.step === 'invalid' ? state.errors : state.step === 'ready' && !state.result.ok ? state.result.errors : [];
  const ready = state.step === 'ready' && state.result.ok ? { ...state, dataset: state.result.dataset } : undefined;

  return (
    <div class="gtc-import">
      <h3 id="gtc-import-heading">{t('dataImportHeading')}</h3>
      <p class="gtc-help" id="gtc-import-help">
        {t('dataImportHelp', String(MAX_IMPORT_BYTES / 1024 / 1024))}
      </p>
      <label class="gtc-field">
        <span>{t('dataImportChoose')}</span>
        <input
          key={inputKey}
          type="file"
          name="datasetFile"
          accept=".json,application/json"
          aria-describedby="gtc-import-help"
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
      </label>
      {state.step === 'reading' && <p role="status">{t('dataImportReading')}</p>}
      {errors.length > 0 && (
        <div role="alert" class="gtc-problems" data-testid="import-errors">
          <p>{t('dataImportInvalid')}</p>
          <ul>
            {errors.map((error) => (
              <li key={error} dir="auto">
                <code>{error}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.step === 'ready' && (
        <fieldset class="gtc-fieldset">
          <legend>{t('dataImportMode')}</legend>
          {(['extend', 'replace'] as const).map((mode) => (
            <label key={mode} class="gtc-choice">
              <input type="radio" name="importMode" value={mode} checked={state.mode === mode} onChange={() => setMode(mode)} />
              <span>{t(mode === 'extend' ? 'dataImportExtend' : 'dataImportReplace')}</span>
            </label>
          ))}
        </fieldset>
      )}
      {ready && <ImportChanges diff={diffDatasets(active, mergeDatasets(bundled, ready.dataset, ready.mode))} />}
      {state.step !== 'idle' && state.step !== 'reading' && (
        <div class="gtc-buttons">
          {ready && (
            <button type="button" class="gtc-primary" onClick={() => void onApply(ready.dataset, ready.mode, ready.fileName).then(reset)}>
              {t('dataApply')}
            </button>
          )}
          <button type="button" onClick={reset}>
            {t('dataCancel')}
          </button>
        </div>
      )}
    </div>
  );
}
