/** An example Braid module: a descriptor, one REST operation and one page. Not exported: nothing here is API. */
package com.example.hello;
