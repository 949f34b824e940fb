/** The command line of {@code tawasul.jar}: one command per run (serve, chat, import-members, benchmarks, ...). */
package org.tawasul.cli;
