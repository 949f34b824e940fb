/** Benchmarks run as commands that print figures; never part of the test suite's verdict. */
package org.tawasul.bench;
