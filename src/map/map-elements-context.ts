/**
 * The live map's list of its elements (map-elements.ts), for its markers and labels to add
 * themselves to. Null on the static maps, whose markers are listed nowhere. A module of its own:
 * the site markers of the first view read it, and the list itself comes with the live map's code.
 */
import { createContext } from 'react';
import type { MapElements } from './map-elements';

export const MapElementsContext = createContext<MapElements | null>(null);
