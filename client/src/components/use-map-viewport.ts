// Zooming and panning the map with the wheel, a drag and the zoom buttons; a click on the map itself is reported apart.
import { useEffect, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { IDENTITY_VIEW, panView, zoomAround, type ViewTransform } from '../map-view/map-viewport.ts';
import type { ElementSize } from './use-element-size.ts';

/** A press that moves less than this is a click on the map, not a drag. */
const DRAG_THRESHOLD_PX = 4;

export interface MapViewportOptions {
  /** Names the fit the view was made over: when it changes (places added, the pane resized) the view starts fitted again. */
  fitKey: string;
  size: ElementSize;
  /** A click on the map itself, not on a marker or a line. */
  onBackgroundClick(): void;
}

export interface MapViewport {
  view: ViewTransform;
  svgRef: RefObject<SVGSVGElement | null>;
  zoomBy(factor: number): void;
  reset(): void;
  pointerHandlers: {
    onPointerDown(event: PointerEvent<SVGSVGElement>): void;
    onPointerMove(event: PointerEvent<SVGSVGElement>): void;
    onPointerUp(event: PointerEvent<SVGSVGElement>): void;
    onPointerCancel(): void;
  };
}

export function useMapViewport({ fitKey, size, onBackgroundClick }: MapViewportOptions): MapViewport {
  const svgRef = useRef<SVGSVGElement>(null);
  const [zoom, setZoom] = useState<{ key: string; view: ViewTransform }>({ key: '', view: IDENTITY_VIEW });
  const view = zoom.key === fitKey ? zoom.view : IDENTITY_VIEW;
  const drag = useRef<{ pointerId: number; lastX: number; lastY: number; moved: number } | null>(null);

  function changeView(next: (current: ViewTransform) => ViewTransform) {
    setZoom((before) => ({ key: fitKey, view: next(before.key === fitKey ? before.view : IDENTITY_VIEW) }));
  }

  // The wheel zooms about the pointer; React's wheel listener is passive and could not keep the page from scrolling.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = svg.getBoundingClientRect();
      const factor = Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.0015));
      const point = [event.clientX - box.left, event.clientY - box.top] as const;
      setZoom((before) => ({ key: fitKey, view: zoomAround(before.key === fitKey ? before.view : IDENTITY_VIEW, factor, point) }));
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [fitKey]);

  return {
    view,
    svgRef,
    zoomBy: (factor) => changeView((before) => zoomAround(before, factor, [size.width / 2, size.height / 2])),
    reset: () => changeView(() => IDENTITY_VIEW),
    pointerHandlers: {
      onPointerDown(event) {
        if (event.button !== 0 || (event.target as Element).closest('[data-map-item]')) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { pointerId: event.pointerId, lastX: event.clientX, lastY: event.clientY, moved: 0 };
      },
      onPointerMove(event) {
        const current = drag.current;
        if (!current || current.pointerId !== event.pointerId) return;
        const dx = event.clientX - current.lastX;
        const dy = event.clientY - current.lastY;
        drag.current = { ...current, lastX: event.clientX, lastY: event.clientY, moved: current.moved + Math.abs(dx) + Math.abs(dy) };
        changeView((before) => panView(before, dx, dy));
      },
      onPointerUp(event) {
        const current = drag.current;
        if (!current || current.pointerId !== event.pointerId) return;
        drag.current = null;
        if (current.moved < DRAG_THRESHOLD_PX) onBackgroundClick();
      },
      onPointerCancel() {
        drag.current = null;
      },
    },
  };
}
