import { readerSuite } from './reader-suite';

readerSuite('webkit');
