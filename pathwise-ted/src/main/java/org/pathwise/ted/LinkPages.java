package org.pathwise.ted;

/**
 * The link records of a snapshot are cut into pages of {@value #LINKS} links. A version that
 * changes a few links copies the page table and only the pages holding them; every other page is
 * shared with the previous version (at 200,000 links: ~10 KB instead of an 0.8 MB array of
 * references). Records are cold data ({@link TeSnapshot#link}), so the extra array load on a
 * read does not matter; the hot columns stay flat.
 */
final class LinkPages {

    static final int SHIFT = 8;
    static final int LINKS = 1 << SHIFT;
    static final int MASK = LINKS - 1;

    private LinkPages() {
    }

    /** Number of pages for {@code links} links. */
    static int count(int links) {
        return (links + MASK) >>> SHIFT;
    }

    /** Number of links on page {@code page} of a column of {@code links} links (the last page may be short). */
    static int linksOn(int page, int links) {
        return Math.min(LINKS, links - (page << SHIFT));
    }

    /** Link records in pages. */
    static Link[][] of(Link[] links) {
        Link[][] pages = new Link[count(links.length)][];
        for (int p = 0; p < pages.length; p++) {
            pages[p] = new Link[linksOn(p, links.length)];
            System.arraycopy(links, p << SHIFT, pages[p], 0, pages[p].length);
        }
        return pages;
    }
}
