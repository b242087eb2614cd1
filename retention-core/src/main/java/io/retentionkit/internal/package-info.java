/**
 * Implementation details shared by the API packages. Not exported, not API: anything here may change in
 * any release.
 */
package io.retentionkit.internal;
