/** Provider stand-ins for the benchmarks (loopback HTTP servers); never used by the running bot. */
package org.tawasul.bench.fake;
