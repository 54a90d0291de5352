/**
 * Internals of the content and template libraries: the strict JSON mapper ({@code StrictJson}), its
 * refusal ({@code ResourceFailure}, which the public readers turn into {@code ContentLoadException}) and the
 * argument checks of the content records ({@code Arguments}). Not part of the API.
 * <p>
 * May depend on: {@code org.waymark.model} (coded values), Jackson, and the JDK. Nothing here depends
 * back on {@code org.waymark.templates.content} or {@code org.waymark.templates}.
 */
package org.waymark.templates.content.internal;
