// The header's search: find an entity by name or alias and put it on the canvas, focused.
import { useExplorer } from '../state/explorer-context.ts';
import { EntityAutocomplete } from './EntityAutocomplete.tsx';

/** The search input's id, so the `/` shortcut can focus it. */
export const SEARCH_INPUT_ID = 'kgx-search';

export function SearchBox() {
  const { commands } = useExplorer();
  return (
    <div className="search-box" role="search">
      <EntityAutocomplete
        label="Search entities"
        placeholder="Search people, organisations, places, events…  ( / )"
        inputId={SEARCH_INPUT_ID}
        inputTestId="search-input"
        optionTestId="search-result"
        listTestId="search-results"
        onPick={(result) => void commands.addEntity(result.id)}
      />
    </div>
  );
}
