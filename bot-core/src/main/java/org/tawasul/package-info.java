/** The Tawasul application: command-line entry point and Spring Boot wiring. */
package org.tawasul;
