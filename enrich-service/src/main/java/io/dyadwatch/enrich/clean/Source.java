package io.dyadwatch.enrich.clean;

import java.util.List;

/**
 * What a body gives before judging: its blocks in reading order, the page's own metadata (HTML),
 * what was removed as page furniture, and whether the body was cut for length.
 */
record Source(List<Block> blocks, PageMeta meta, List<Removed> removed, boolean truncated) {}
