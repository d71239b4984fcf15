import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Active,
  type DragEndEvent,
  type Over,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { Button } from '@zendeskgarden/react-buttons';
import { DEFAULT_FIELD_LAYOUT, type FieldDef, type WidgetKind } from '@sell-bridge/core';
import { useI18n } from '../../i18n/I18nProvider';
import { StyledActions, StyledColumns, StyledItem, StyledItemLabel, StyledSubtle, StyledVisuallyHidden } from '../styled';
import { AVAILABLE_LIST, AvailableFieldList } from './AvailableFieldList';
import { fieldLabel } from './fieldLabel';
import { LayoutPreview } from './LayoutPreview';
import { addField, availableFields, moveField, removeField, sameFields } from './layoutModel';
import { SHOWN_LIST, ShownFieldList } from './ShownFieldList';

export interface WidgetLayoutEditorProps {
  widget: WidgetKind;
  catalog: readonly FieldDef[];
  fields: readonly string[];
  onChange: (fields: string[]) => void;
  timeZone: string;
  disabled?: boolean;
}

interface DragItem {
  from: 'shown' | 'available';
  key: string;
}

function dragItem(active: Active | null): DragItem | null {
  const data = active?.data.current as Partial<DragItem> | undefined;
  return data?.from && typeof data.key === 'string' ? { from: data.from, key: data.key } : null;
}

/** A value for a quoted attribute selector: layout keys are free text (`custom:Favourite "colour"`). */
function quoted(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

/** Where a drop lands: an index in the card's list, or the available list (removal). */
function dropTarget(over: Over | null, fields: readonly string[]): { to: 'shown'; index: number } | { to: 'available' } | null {
  if (!over) return null;
  const id = String(over.id);
  if (id === AVAILABLE_LIST || id.startsWith('available:')) return { to: 'available' };
  if (id === SHOWN_LIST) return { to: 'shown', index: fields.length };
  if (id.startsWith('shown:')) return { to: 'shown', index: fields.indexOf(id.slice('shown:'.length)) };
  return null;
}

/**
 * One widget's layout: available fields on the left, the card's fields on the right, a live preview below. Every
 * change can be made three ways: drag with a pointer, drag with the keyboard (dnd-kit's sensor, announced in the
 * viewer's language), or buttons (add, remove, move up/down), each announced in a live region and keeping focus.
 */
export function WidgetLayoutEditor({ widget, catalog, fields, onChange, timeZone, disabled = false }: WidgetLayoutEditorProps) {
  const { t } = useI18n();
  const ids = { available: useId(), shown: useId() };
  const rootRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<DragItem | null>(null);
  /*
   * During a keyboard drag the two list containers stop being drop targets: dnd-kit's keyboard coordinates pick the
   * closest droppable in the arrow's direction, and a whole column would often win over the neighbouring row. Rows
   * remain, so arrows step row by row (and a field picked up on the left lands between rows on the right).
   */
  const [keyboardDrag, setKeyboardDrag] = useState(false);
  // Focus to restore after the list re-renders: buttons move, disappear or become disabled.
  const pendingFocus = useRef<(() => HTMLElement | null) | null>(null);

  const byKey = useMemo(() => new Map(catalog.map((def) => [def.key, def])), [catalog]);
  const labelOf = (key: string) => fieldLabel(byKey.get(key), key, t);
  const available = availableFields(catalog, fields, query, (def) => fieldLabel(def, def.key, t));
  const allShown = catalog.every((def) => fields.includes(def.key));

  useEffect(() => {
    const find = pendingFocus.current;
    pendingFocus.current = null;
    find?.()?.focus();
  });

  const within = (selector: string): HTMLElement | null => rootRef.current?.querySelector<HTMLElement>(selector) ?? null;
  const rowButton = (key: string, preferred: string[]): HTMLElement | null => {
    for (const name of preferred) {
      const button = within(`[data-layout-field="${quoted(key)}"] [${name}]:not([disabled])`);
      if (button) return button;
    }
    return null;
  };

  const add = (key: string, index = fields.length) => {
    const next = addField(fields, key, index);
    const position = next.indexOf(key) + 1;
    const nextAvailable = available.filter((def) => def.key !== key);
    const at = available.findIndex((def) => def.key === key);
    const focusKey = nextAvailable[Math.min(at, nextAvailable.length - 1)]?.key;
    pendingFocus.current = () =>
      (focusKey ? within(`[data-available-field="${quoted(focusKey)}"] [data-add]`) : null) ?? within('input[type="search"]');
    onChange(next);
    setAnnouncement(t('admin.layout.announce.added', { field: labelOf(key), position, total: next.length }));
  };

  const remove = (key: string) => {
    const index = fields.indexOf(key);
    const next = removeField(fields, key);
    const neighbour = next[Math.min(index, next.length - 1)];
    pendingFocus.current = () => (neighbour ? rowButton(neighbour, ['data-remove']) : null) ?? within('input[type="search"]');
    onChange(next);
    setAnnouncement(t('admin.layout.announce.removed', { field: labelOf(key) }));
  };

  const move = (from: number, to: number) => {
    const key = fields[from];
    const next = moveField(fields, from, to);
    if (key === undefined || sameFields(next, fields)) return;
    const direction = to < from ? 'data-move="up"' : 'data-move="down"';
    const other = to < from ? 'data-move="down"' : 'data-move="up"';
    pendingFocus.current = () => rowButton(key, [direction, other]);
    onChange(next);
    setAnnouncement(t('admin.layout.announce.moved', { field: labelOf(key), position: next.indexOf(key) + 1, total: next.length }));
  };

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    setKeyboardDrag(false);
    const item = dragItem(active);
    const target = dropTarget(over, fields);
    if (!item || !target) return;
    if (item.from === 'available' && target.to === 'shown') add(item.key, target.index);
    else if (item.from === 'shown' && target.to === 'available') remove(item.key);
    else if (item.from === 'shown' && target.to === 'shown') move(fields.indexOf(item.key), Math.min(target.index, fields.length - 1));
  };

  const announceOver = (active: Active, over: Over | null): string | undefined => {
    const item = dragItem(active);
    const target = dropTarget(over, fields);
    if (!item || !target) return undefined;
    if (target.to === 'available') return item.from === 'shown' ? t('admin.layout.announce.over_available', { field: labelOf(item.key) }) : undefined;
    const total = item.from === 'shown' ? fields.length : fields.length + 1;
    return t('admin.layout.announce.over', { field: labelOf(item.key), position: Math.min(target.index + 1, total), total });
  };

  const resetToDefault = () => {
    onChange([...DEFAULT_FIELD_LAYOUT[widget]]);
  };

  return (
    <div ref={rootRef} data-widget={widget}>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragStart={({ active, activatorEvent }) => {
          setDragging(dragItem(active));
          setKeyboardDrag(activatorEvent instanceof KeyboardEvent);
        }}
        onDragCancel={() => {
          setDragging(null);
          setKeyboardDrag(false);
        }}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: { draggable: t('admin.layout.instructions') },
          announcements: {
            onDragStart: ({ active }) => t('admin.layout.announce.picked', { field: labelOf(dragItem(active)?.key ?? '') }),
            onDragOver: ({ active, over }) => announceOver(active, over),
            // The resulting change announces itself (added / removed / moved) through the editor's own live region.
            onDragEnd: () => undefined,
            onDragCancel: ({ active }) => t('admin.layout.announce.cancelled', { field: labelOf(dragItem(active)?.key ?? '') }),
          },
        }}
      >
        <StyledColumns>
          <AvailableFieldList
            available={available}
            query={query}
            onQuery={setQuery}
            labelOf={labelOf}
            onAdd={(key) => add(key)}
            disabled={disabled}
            titleId={ids.available}
            allShown={allShown}
            dropDisabled={keyboardDrag}
          />
          <ShownFieldList
            fields={fields}
            byKey={byKey}
            labelOf={labelOf}
            onMove={move}
            onRemove={remove}
            disabled={disabled}
            titleId={ids.shown}
            dropDisabled={keyboardDrag}
          />
        </StyledColumns>
        <DragOverlay>
          {dragging ? (
            <StyledItem>
              <StyledItemLabel dir="auto">{labelOf(dragging.key)}</StyledItemLabel>
            </StyledItem>
          ) : null}
        </DragOverlay>
      </DndContext>
      <StyledActions style={{ justifyContent: 'space-between', margin: '8px 0' }}>
        <StyledSubtle>{t('admin.layout.instructions')}</StyledSubtle>
        <Button size="small" isBasic onClick={resetToDefault} disabled={disabled || sameFields(fields, DEFAULT_FIELD_LAYOUT[widget])}>
          {t('admin.layout.reset_default')}
        </Button>
      </StyledActions>
      <LayoutPreview widget={widget} catalog={catalog} fields={fields} timeZone={timeZone} />
      <StyledVisuallyHidden aria-live="polite" role="status" data-testid="layout-announcement">
        {announcement}
      </StyledVisuallyHidden>
    </div>
  );
}
