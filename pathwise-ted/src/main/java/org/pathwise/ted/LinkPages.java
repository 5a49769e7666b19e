package org.pathwise.ted;

/**
 * Link-indexed data that changes often (unreserved bandwidth, the link records themselves) is cut
 * into pages of {@value #LINKS} links. A version that changes a few links copies the page table
 * and only the pages holding them; every other page is shared with the previous version. At
 * 200,000 links an LSP set-up on 6 links thus copies ~100 KB instead of the 13.6 MB of a flat
 * column, and a read costs one extra array load.
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
