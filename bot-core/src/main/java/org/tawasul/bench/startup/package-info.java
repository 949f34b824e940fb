/** The start-up benchmark: time to ready and resident memory of fresh processes (README: "Start-up and memory"). */
package org.tawasul.bench.startup;
