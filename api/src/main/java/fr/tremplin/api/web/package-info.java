/**
 * The web application: server-rendered pages (Thymeleaf templates under {@code resources/views}, DSFR look and
 * feel, a little htmx) on top of the same services and checks as the HTTP API.
 *
 * <ul>
 *   <li>{@code auth}: the login page, the session cookie (the API's JWT in an HttpOnly cookie), logout;</li>
 *   <li>{@code csrf}: the CSRF token of every form (signed double-submit cookie, checked by a filter);</li>
 *   <li>{@code layout}: what every page shows (user, menu by role, token) and the static-asset rule;</li>
 *   <li>{@code error}: French error pages for browsers (401 → login page, 403, 404, 500);</li>
 *   <li>{@code form}: form decoding, field errors, French labels of the enumerations;</li>
 *   <li>{@code referential}: autocomplete fragments and code → label lookups;</li>
 *   <li>{@code seeker}, {@code vacancy}, {@code home}: the pages.</li>
 * </ul>
 */
package fr.tremplin.api.web;
