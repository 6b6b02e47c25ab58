import { findabilityTestsFor } from '../lib/findability-in-node.ts';

/** The findability table's /en/ rows, every one, through the search page's code in Node. */
findabilityTestsFor('en');
