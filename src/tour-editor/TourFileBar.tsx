import { useRef } from 'react';
import type { EditorMessages } from '../i18n/editor/load';
import { KeepFocusButton } from '../ui/KeepFocusButton';
import type { Notice, TourFiles } from './useTourFiles';

export interface TourFileBarProps {
  s: EditorMessages;
  files: TourFiles;
}

/**
 * The editor's files: download the tour, open a tour file (or drop one on the editor), download
 * the one-file offline package with it, and the message saying how that went.
 */
export function TourFileBar({ s, files }: TourFileBarProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <section aria-labelledby="tour-editor-files" className="tour-editor-files">
      <h3 id="tour-editor-files">{s.files}</h3>
      <div className="tour-editor-row">
        <button type="button" onClick={files.downloadTour}>
          {s.download}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {s.open}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="tour-file-input"
          onChange={(e) => {
            void files.openFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      <p className="muted">{s.dropHint}</p>
      <KeepFocusButton unavailable={files.busy} onClick={() => void files.downloadPackage()}>
        {s.packageDownload}
      </KeepFocusButton>
      {files.notice && <NoticeView notice={files.notice} />}
    </section>
  );
}

function NoticeView({ notice }: { notice: Notice }) {
  return (
    <div className={notice.kind === 'error' ? 'tour-editor-error' : 'tour-editor-info'} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="tour-editor-notice">
      <p>{notice.text}</p>
      {notice.problems && notice.problems.length > 0 && (
        <ul>
          {notice.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
