/**
 * Internals of the content library: the strict JSON reader and argument checks. Not part of the API.
 * <p>
 * May depend on: {@code org.waymark.model}, {@code org.waymark.templates.content} (the records it
 * reads into), Jackson, and the JDK.
 */
package org.waymark.templates.content.internal;
