/// <reference lib="webworker" />
// The explore engine off the main thread, so typing and clicking never wait on it; the page reaches it
// through the contract, over Comlink.
import { expose } from 'comlink';
import { createExploreApi } from './explore-api';

expose(createExploreApi((input, init) => fetch(input, init)));
