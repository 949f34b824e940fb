/**
 * Classes that break the architecture rules on purpose, so that ArchitectureTests can show each rule
 * failing; with those under {@code org.tawasul.channels.broken*}, {@code org.tawasul.notifications} and
 * {@code archfixture} (test sources only, never Spring components).
 */
package org.tawasul.architecture;
