import { checkDigits, checkEnterpriseNumber } from '../domain/enterprise-number';

/**
 * The public page's script: the enterprise number checked as the visitor types, with the same rule the server
 * applies (the functions' own source, so there is one mod-97 rule), and the error summary focused after a post.
 * Everything still works without it.
 */
export const INTAKE_SCRIPT = `'use strict';
(function () {
  var checkDigits = ${checkDigits.toString()};
  var checkEnterpriseNumber = ${checkEnterpriseNumber.toString()};
  var input = document.getElementById('enterpriseNumber');
  var live = document.getElementById('enterpriseNumber-live');
  if (input && live) {
    var show = function () {
      var value = input.value.trim();
      var digits = value.replace(/[^0-9]/g, '');
      if (!value || digits.length < 9) { live.textContent = ''; input.removeAttribute('aria-invalid'); return; }
      var valid = checkEnterpriseNumber(value).valid;
      live.textContent = valid ? input.getAttribute('data-valid') : input.getAttribute('data-invalid');
      live.className = valid ? 'live ok' : 'live error';
      if (valid) input.removeAttribute('aria-invalid'); else input.setAttribute('aria-invalid', 'true');
    };
    input.addEventListener('input', show);
    input.addEventListener('blur', show);
  }
  var summary = document.getElementById('error-summary');
  if (summary) summary.focus();
})();
`;

/** Sober, hub.brussels-like, contrast above 4.5:1, usable at 200% zoom and on a phone. */
export const INTAKE_STYLE = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:1rem;line-height:1.5;color:#1a1a1a;background:#fff}
a{color:#0b4f8a}
a:focus,button:focus,input:focus,select:focus,textarea:focus,main:focus,.summary:focus{outline:3px solid #b35900;outline-offset:2px}
.skip{position:absolute;left:-10000px;top:0}
.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;padding:1rem 1.5rem;background:#002b49;color:#fff}
header a{color:#fff}
.brand{margin:0;font-weight:bold;font-size:1.25rem}
main{max-width:44rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0 1rem}
fieldset{border:1px solid #6b6b6b;border-radius:4px;margin:0 0 1.5rem;padding:1rem}
fieldset.choices{border:0;padding:0;margin:1rem 0}
legend{font-weight:bold;padding:0 .25rem}
.field{margin:0 0 1rem}
label{display:block;font-weight:bold;margin-bottom:.25rem}
.choices label,.consent label{display:inline;font-weight:normal;margin-left:.4rem}
.choices div{margin:.35rem 0}
input[type=text],input[type=email],input[type=tel],select,textarea{width:100%;max-width:100%;padding:.6rem;font:inherit;border:1px solid #4d4d4d;border-radius:4px;min-height:44px}
input[type=checkbox],input[type=radio]{width:1.25rem;height:1.25rem;vertical-align:middle}
textarea{resize:vertical}
.hint,.note{color:#4d4d4d;margin:.1rem 0 .4rem}
.required{color:#a30000}
.error{color:#a30000;font-weight:bold;margin:.2rem 0}
.live{min-height:1.5rem;margin:.25rem 0}
.live.ok{color:#1d6b2f}
[aria-invalid=true]{border:2px solid #a30000}
.summary{border:3px solid #a30000;padding:1rem;margin-bottom:1.5rem}
.summary p{font-weight:bold;margin-top:0}
.trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
button{font:inherit;font-weight:bold;color:#fff;background:#0b4f8a;border:0;border-radius:4px;padding:.75rem 1.5rem;min-height:44px;cursor:pointer}
button:hover{background:#083a66}
footer{max-width:44rem;margin:0 auto;padding:1rem 1.5rem 2rem;border-top:1px solid #ccc}
`;
