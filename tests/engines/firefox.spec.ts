import { readerSuite } from './reader-suite';

readerSuite('firefox');
