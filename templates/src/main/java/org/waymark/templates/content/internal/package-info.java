/**
 * Internals of the content library: the strict JSON reader and argument checks. Not part of the API.
 */
package org.waymark.templates.content.internal;
