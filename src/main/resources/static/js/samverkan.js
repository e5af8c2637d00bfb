// Enhancements only: every page works without this file.
(function () {
    'use strict';
    var wide = window.matchMedia('(min-width: 48em)');

    function syncMenus() {
        document.querySelectorAll('details[data-open-on-wide]').forEach(function (menu) {
            menu.open = wide.matches;
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        syncMenus();
        wide.addEventListener('change', syncMenus);
        var summary = document.getElementById('error-summary');
        if (summary) {
            summary.focus();
        }
    });
}());
