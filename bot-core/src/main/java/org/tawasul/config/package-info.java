/** Typed application settings and the engine's wiring from them. */
package org.tawasul.config;
