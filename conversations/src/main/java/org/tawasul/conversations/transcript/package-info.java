/**
 * Dialog transcripts: a plain-text record of what a member says and what the bot must answer,
 * runnable against any set of flows without Spring, from JUnit or from the command line.
 */
package org.tawasul.conversations.transcript;
